package org.restride.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.restride.domain.ValidationException;

/** Checks a logo file before it is kept: a PNG or JPEG of sensible size, read from its header first. */
final class LogoCheck {
    static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_SIDE = 6000;

    private LogoCheck() {
    }

    static byte[] read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) == 0) {
                throw new ValidationException("logo", "logo.empty");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ValidationException("logo", "logo.tooBig");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ValidationException("logo", "logo.unreadable", e.getMessage());
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ValidationException("logo", "logo.notImage");
            }
            ImageReader reader = readers.next();
            String format = reader.getFormatName().toLowerCase();
            if (!format.equals("png") && !format.equals("jpeg")) {
                throw new ValidationException("logo", "logo.format", format);
            }
            reader.setInput(in);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width < 16 || height < 16) {
                throw new ValidationException("logo", "logo.small", width, height);
            }
            if (width > MAX_SIDE || height > MAX_SIDE) {
                throw new ValidationException("logo", "logo.large", width, height, MAX_SIDE);
            }
            reader.read(0);
            reader.dispose();
            return bytes;
        } catch (IOException e) {
            throw new ValidationException("logo", "logo.damaged");
        }
    }
}
