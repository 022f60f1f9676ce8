package org.restride.handout;

import java.awt.Color;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.TextStyle;

/**
 * The handout's type scale: title 22, section 16, body 12 (all a sixth larger in large print), never below 10.
 * Titles are headings of level 1, phase and section titles level 2, card titles level 3 (in the tagged PDF).
 */
record Typography(float scale, float leading) {
    static Typography of(boolean largePrint) {
        return new Typography(largePrint ? 14f / 12f : 1f, 1.35f);
    }

    /** The same sizes with lines closer together (1.18), for the dense teaching text of a card. */
    Typography tight() {
        return new Typography(scale, 1.18f);
    }

    /** Closer still (1.16), for the one page that must hold every symptom and the emergency box. */
    Typography dense() {
        return new Typography(scale, 1.16f);
    }

    /** The closest lines the handout sets (1.1), for when that page would otherwise run over. */
    Typography closest() {
        return new Typography(scale, 1.1f);
    }

    private TextStyle style(Face face, float size, Color colour) {
        return TextStyle.of(face, size * scale, colour).withLeading(size * scale * leading);
    }

    TextStyle title() {
        return style(Face.BOLD, 22, HandoutTheme.PRIMARY).withLeading(22 * scale * 1.2f).asHeading(1);
    }

    TextStyle phaseTitle() {
        return style(Face.BOLD, 20, HandoutTheme.INK).withLeading(20 * scale * 1.2f).asHeading(2);
    }

    TextStyle section() {
        return style(Face.BOLD, 16, HandoutTheme.PRIMARY).withLeading(16 * scale * 1.25f).asHeading(2);
    }

    TextStyle cardTitle() {
        return style(Face.BOLD, 14, HandoutTheme.INK).withLeading(14 * scale * 1.25f).asHeading(3);
    }

    TextStyle lead() {
        return style(Face.REGULAR, 14, HandoutTheme.INK);
    }

    TextStyle body() {
        return style(Face.REGULAR, 12, HandoutTheme.INK);
    }

    /** The teaching text of a card, set in two columns: body size, 12 (14 in large print; CLINICAL.md). */
    TextStyle cardBody() {
        return style(Face.REGULAR, 12, HandoutTheme.INK);
    }

    TextStyle bodyBold() {
        return body().withFace(Face.BOLD);
    }

    TextStyle muted() {
        return body().withColour(HandoutTheme.MUTED);
    }

    TextStyle note() {
        return style(Face.ITALIC, 12, HandoutTheme.MUTED);
    }

    TextStyle label() {
        return style(Face.BOLD, 11, HandoutTheme.INK).withLeading(11 * scale * 1.25f);
    }

    /** The short day names over narrow columns (M Tu W Th F Sa Su): the smallest size she must read. */
    TextStyle dayLabel() {
        return style(Face.BOLD, 10, HandoutTheme.INK).withLeading(10 * scale * 1.25f);
    }

    TextStyle small() {
        return style(Face.REGULAR, 10, HandoutTheme.MUTED);
    }

    float gap() {
        return 8 * scale;
    }
}
