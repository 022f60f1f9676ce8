package org.restride.io;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * The orientation a phone writes into a JPEG's EXIF block (1 upright … 8), and the picture turned upright. A
 * phone photo is stored sideways with a tag that says how to turn it; decoders ignore the tag, so without this
 * a portrait photo prints lying on its side. Reading is bounded: only the first 64 KiB are looked at, and any
 * block that does not parse cleanly counts as "upright".
 */
public final class ExifOrientation {
    public static final int UPRIGHT = 1;
    private static final int SCAN_LIMIT = 64 * 1024;

    private ExifOrientation() {
    }

    /** The EXIF orientation of JPEG bytes, 1 to 8; 1 when there is none or it cannot be read. */
    public static int of(byte[] jpeg) {
        try {
            return read(jpeg);
        } catch (IndexOutOfBoundsException e) {
            return UPRIGHT;
        }
    }

    private static int read(byte[] b) {
        if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xFF) != 0xD8) {
            return UPRIGHT;
        }
        int i = 2;
        int limit = Math.min(b.length, SCAN_LIMIT);
        while (i + 4 <= limit && (b[i] & 0xFF) == 0xFF) {
            int marker = b[i + 1] & 0xFF;
            int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return UPRIGHT; // image data begins: no EXIF block before it
            }
            if (marker == 0xE1 && length >= 16 && b[i + 4] == 'E' && b[i + 5] == 'x' && b[i + 6] == 'i' && b[i + 7] == 'f') {
                return fromTiff(b, i + 10, i + 2 + length);
            }
            i += 2 + length;
        }
        return UPRIGHT;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return UPRIGHT;
        }
        int ifd = tiff + (int) number(b, tiff + 4, 4, little);
        int entries = (int) number(b, ifd, 2, little);
        for (int e = 0; e < entries && ifd + 2 + e * 12 + 12 <= end; e++) {
            int entry = ifd + 2 + e * 12;
            if (number(b, entry, 2, little) == 0x0112) {
                int value = (int) number(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    private static long number(byte[] b, int at, int size, boolean little) {
        long value = 0;
        for (int k = 0; k < size; k++) {
            int v = b[at + (little ? size - 1 - k : k)] & 0xFF;
            value = (value << 8) | v;
        }
        return value;
    }

    /** The picture turned as its orientation says, so it stands upright; the same picture for 1. */
    public static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> {
                t.translate(w, 0);
                t.scale(-1, 1);
            }
            case 3 -> {
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> {
                t.translate(0, h);
                t.scale(1, -1);
            }
            case 5 -> {
                t.rotate(Math.PI / 2);
                t.scale(1, -1);
            }
            case 6 -> {
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> {
                t.scale(-1, 1);
                t.translate(-h, 0);
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> {
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
        }
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
