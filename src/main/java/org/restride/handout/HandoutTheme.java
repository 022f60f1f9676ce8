package org.restride.handout;

import java.awt.Color;

/**
 * The handout's colours (every text colour reads at a contrast of at least 4.5:1 on every background here): a calm
 * deep teal, one warm accent for what needs attention, and soft green, amber and red for the symptom guide.
 * The window uses the same ones, so the printout looks like the app.
 */
public final class HandoutTheme {
    public static final Color PRIMARY = new Color(0x0F5E66);
    public static final Color PRIMARY_TINT = new Color(0xE6F1F1);
    public static final Color ACCENT = new Color(0x9E5512);
    public static final Color ACCENT_TINT = new Color(0xFBEEDD);
    public static final Color INK = new Color(0x1E2A30);
    public static final Color MUTED = new Color(0x4F5E66);
    public static final Color RULE = new Color(0xC5D1D6);
    public static final Color CARD_BORDER = new Color(0xCFD9DD);
    public static final Color PICTURE_BACKGROUND = new Color(0xF3F6F7);
    public static final Color GREEN = new Color(0x2E7650);
    public static final Color GREEN_TINT = new Color(0xE7F3EC);
    public static final Color AMBER = new Color(0x9A6212);
    public static final Color AMBER_TINT = new Color(0xFCF2DF);
    /** Dark enough that a warning reads as strongly as black text once printed in grey. */
    public static final Color RED = new Color(0x8C2A24);
    public static final Color RED_TINT = new Color(0xF8E8E6);
    /** The shade of a planned day in the tables: light enough to write on, dark enough to see in grey. */
    public static final Color PLANNED = new Color(0x9CBEC4);

    private HandoutTheme() {
    }

    /** "#0F5E66" for a colour, for stylesheets. */
    public static String hex(Color colour) {
        return String.format("#%06X", colour.getRGB() & 0xFFFFFF);
    }
}
