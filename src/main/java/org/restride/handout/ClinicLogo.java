package org.restride.handout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The clinic's logo, read safely: a huge image is scaled down while it is read, a tiny one is used with a
 * warning, and anything that is not a PNG or JPEG image is left out with a warning.
 */
final class ClinicLogo {
    private static final int MAX_SIDE = 1200;
    private static final int SMALL_SIDE = 32;

    private ClinicLogo() {
    }

    static PDImageXObject load(PDDocument document, byte[] bytes, List<String> warnings) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            BufferedImage image = read(bytes);
            if (image == null) {
                warnings.add("The clinic logo is not a PNG or JPEG image, so the handout is printed without it.");
                return null;
            }
            if (Math.max(image.getWidth(), image.getHeight()) < SMALL_SIDE) {
                warnings.add("The clinic logo is very small (" + image.getWidth() + " × " + image.getHeight()
                        + " pixels) and may print blurred.");
            }
            return LosslessFactory.createFromImage(document, image);
        } catch (IOException | RuntimeException e) {
            warnings.add("The clinic logo could not be read, so the handout is printed without it.");
            return null;
        }
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(longest / (double) MAX_SIDE);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }
}
