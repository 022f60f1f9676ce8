package org.restride.handout.layout;

import java.awt.Color;

/**
 * How a run of text looks: face, size and colour, and the height of each line it takes; and what a paragraph in
 * this style is in the document's structure (a heading or a plain paragraph).
 */
public record TextStyle(Face face, float size, Color colour, float leading, Role role) {
    /** Liberation Sans: ascender and descender as parts of the size. */
    static final float ASCENT = 0.905f;
    static final float DESCENT = 0.212f;

    public TextStyle {
        if (!(size > 0) || leading < size) {
            throw new IllegalArgumentException("text size must be positive and line height at least the size");
        }
        role = role == null ? Role.P : role;
    }

    public TextStyle(Face face, float size, Color colour, float leading) {
        this(face, size, colour, leading, Role.P);
    }

    public static TextStyle of(Face face, float size, Color colour) {
        return new TextStyle(face, size, colour, size * 1.35f);
    }

    public TextStyle withColour(Color newColour) {
        return new TextStyle(face, size, newColour, leading, role);
    }

    public TextStyle withFace(Face newFace) {
        return new TextStyle(newFace, size, colour, leading, role);
    }

    public TextStyle withLeading(float newLeading) {
        return new TextStyle(face, size, colour, newLeading, role);
    }

    /** Paragraphs in this style are headings of this level (1 to 3). */
    public TextStyle asHeading(int level) {
        return new TextStyle(face, size, colour, leading, Role.heading(level));
    }

    /** Paragraphs in this style are plain paragraphs, not headings. */
    public TextStyle asBody() {
        return new TextStyle(face, size, colour, leading, Role.P);
    }

    /** Where the baseline sits below the top of a line box, with the glyphs centred in it. */
    public float baselineBelowTop() {
        return (leading - (ASCENT + DESCENT) * size) / 2 + ASCENT * size;
    }
}
