package org.restride.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FigureStyleTest {
    private final FigureStyle style = FigureStyle.DEFAULT;

    @Test
    void theAccentStaysDistinctWhenPrintedInBlackAndWhite() {
        double body = style.body().greyValue();
        double accent = style.accent().greyValue();
        double far = style.bodyFar().greyValue();
        double ghost = style.ghostBody().greyValue();
        assertTrue(accent - body > 60, "accent " + accent + " against body " + body);
        assertTrue(far - accent > 30, "far limbs " + far + " against accent " + accent);
        assertTrue(ghost - far > 20, "ghost frame " + ghost + " against far limbs " + far);
        assertTrue(style.background().greyValue() - ghost > 20, "ghost frame still shows on white paper");
    }
}
