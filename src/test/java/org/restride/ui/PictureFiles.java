package org.restride.ui;

import java.nio.charset.StandardCharsets;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.restride.figure.Figure;
import org.restride.figure.FigurePainter;
import org.restride.figure.Graphics2DCanvas;

/** Picture files a PT might pick: a photo of someone doing the exercise, and the broken kinds. */
final class PictureFiles {
    private final Path folder;

    PictureFiles(Path folder) {
        this.folder = folder;
    }

    /** A 1200 × 900 "photo": a warm room, a floor, and the exercise's figure on it. */
    Path photo(String name, Figure figure) throws IOException {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xEFE7DA), 0, 640, new Color(0xD9CBB5)));
        g.fillRect(0, 0, 1200, 660);
        g.setPaint(new GradientPaint(0, 660, new Color(0xA88B68), 0, 900, new Color(0x7D6549)));
        g.fillRect(0, 660, 1200, 240);
        g.setColor(new Color(0xF7F3EC));
        g.fillRect(820, 90, 260, 330);
        new FigurePainter().paint(figure, new Graphics2DCanvas(g), 120, 140, 960, 700);
        g.dispose();
        return write(name, encode(image, name.endsWith(".png") ? "png" : "jpeg"));
    }

    Path empty(String name) throws IOException {
        return write(name, new byte[0]);
    }

    Path text(String name) throws IOException {
        return write(name, "Exercise notes: keep the knees soft.".getBytes(StandardCharsets.UTF_8));
    }

    /** A PNG whose header is overwritten: it starts like a PNG but cannot be read. */
    Path damaged(String name) throws IOException {
        byte[] bytes = encode(new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB), "png");
        Arrays.fill(bytes, 8, 40, (byte) 0x55);
        return write(name, bytes);
    }

    /** A real PNG whose header claims 10,000 × 10,000 px. */
    Path huge(String name) throws IOException {
        byte[] out = encode(new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer.wrap(out, 16, 8).putInt(10_000).putInt(10_000);
        CRC32 crc = new CRC32();
        crc.update(out, 12, 17);
        ByteBuffer.wrap(out, 29, 4).putInt((int) crc.getValue());
        return write(name, out);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
