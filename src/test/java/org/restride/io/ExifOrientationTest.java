package org.restride.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A phone photo tagged "turn me" is turned upright; anything odd counts as upright and nothing breaks. */
class ExifOrientationTest {
    /** A JPEG of {@code w} × {@code h} with an EXIF block saying {@code orientation} (big- or little-endian). */
    static byte[] jpeg(int w, int h, int orientation, boolean little) throws Exception {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
        byte[] body = plain.toByteArray();
        byte[] tiff = little
                ? new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte) orientation, 0, 0, 0, 0, 0, 0, 0}
                : new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, 0, 0, 0, 0};
        int length = 2 + 6 + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        out.write(tiff);
        out.write(body, 2, body.length - 2);
        return out.toByteArray();
    }

    @Test
    void theTagIsReadInEitherByteOrder() throws Exception {
        assertEquals(6, ExifOrientation.of(jpeg(40, 20, 6, false)));
        assertEquals(8, ExifOrientation.of(jpeg(40, 20, 8, true)));
        assertEquals(1, ExifOrientation.of(jpeg(40, 20, 1, true)));
    }

    @Test
    void oddOrCutBytesCountAsUpright() throws Exception {
        byte[] tagged = jpeg(40, 20, 6, false);
        assertEquals(1, ExifOrientation.of(new byte[0]));
        assertEquals(1, ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 40, 'E'}));
        assertEquals(1, ExifOrientation.of(Arrays.copyOf(tagged, 20)));
        assertEquals(1, ExifOrientation.of(jpeg(40, 20, 9, false)), "9 is not an orientation");
    }

    @Test
    void aSidewaysPhotoStandsUpWithItsCornerInPlace() {
        BufferedImage wide = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        wide.setRGB(0, 0, Color.RED.getRGB());
        BufferedImage turned = ExifOrientation.upright(wide, 6);
        assertEquals(20, turned.getWidth());
        assertEquals(40, turned.getHeight());
        assertEquals(Color.RED.getRGB(), turned.getRGB(19, 0), "top-left goes to top-right when turned clockwise");
        BufferedImage back = ExifOrientation.upright(wide, 8);
        assertEquals(Color.RED.getRGB(), back.getRGB(0, 39), "and to bottom-left when turned the other way");
        assertEquals(Color.RED.getRGB(), ExifOrientation.upright(wide, 3).getRGB(39, 19));
        assertEquals(wide, ExifOrientation.upright(wide, 1));
    }
}
