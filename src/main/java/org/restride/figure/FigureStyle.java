package org.restride.figure;

/**
 * The colours of a picture. The body is a deep teal, the working part and arrows a warm accent; the far-side
 * limbs and the ghosted start frame are lighter tints, each a clearly different grey when printed in black and white.
 */
public record FigureStyle(Rgb background, Rgb body, Rgb bodyFar, Rgb accent, Rgb accentFar, Rgb ghostBody,
                          Rgb ghostAccent, Rgb propFill, Rgb propLine, Rgb weight, Rgb mat, Rgb ground) {
    public static final FigureStyle DEFAULT = new FigureStyle(
            Rgb.hex("#FFFFFF"),
            Rgb.hex("#0F5E63"),
            Rgb.hex("#A9C9CB"),
            Rgb.hex("#E07A5F"),
            Rgb.hex("#EFB5A4"),
            Rgb.hex("#D3E3E4"),
            Rgb.hex("#F6D5CB"),
            Rgb.hex("#E9ECEC"),
            Rgb.hex("#5E6E72"),
            Rgb.hex("#4A565A"),
            Rgb.hex("#CFE1E2"),
            Rgb.hex("#A3AFB2"));
}
