package org.restride.figure;

import java.util.Locale;

/** An opaque sRGB colour, each channel 0..255. */
public record Rgb(int red, int green, int blue) {
    public Rgb {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be between 0 and 255");
        }
    }

    /** Parses "#RRGGBB". */
    public static Rgb hex(String text) {
        if (text == null || !text.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("a colour must look like #RRGGBB (was " + text + ")");
        }
        int value = Integer.parseInt(text.substring(1), 16);
        return new Rgb(value >> 16, (value >> 8) & 0xFF, value & 0xFF);
    }

    public String toHex() {
        return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
    }

    /** Perceived grey value 0..255 (ITU-R BT.601 weights), for checking how a colour prints in black and white. */
    public double greyValue() {
        return 0.299 * red + 0.587 * green + 0.114 * blue;
    }

    /** Mixes towards white: 0 keeps the colour, 1 gives white. */
    public Rgb lighter(double towardsWhite) {
        return new Rgb(mix(red, towardsWhite), mix(green, towardsWhite), mix(blue, towardsWhite));
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(channel + (255 - channel) * Math.max(0, Math.min(1, t)));
    }

    public double redFraction() {
        return red / 255.0;
    }

    public double greenFraction() {
        return green / 255.0;
    }

    public double blueFraction() {
        return blue / 255.0;
    }
}
