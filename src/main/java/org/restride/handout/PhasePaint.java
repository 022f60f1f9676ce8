package org.restride.handout;

import java.awt.Color;
import java.io.IOException;
import org.restride.domain.PhaseKind;
import org.restride.handout.layout.Canvas;

/** Fills a shape with a phase kind's colour and pattern. */
final class PhasePaint {
    private static final float SPACING = 5f;

    private PhasePaint() {
    }

    /** Fills the rounded rectangle with the phase's colour, then its pattern in white. */
    static void roundedSwatch(Canvas canvas, PhaseKind kind, float x, float y, float w, float h, float radius)
            throws IOException {
        PhaseLook look = PhaseLook.of(kind);
        canvas.save();
        canvas.roundedPath(x, y, w, h, radius);
        canvas.content().clip();
        canvas.fillRect(x, y, w, h, look.colour());
        pattern(canvas, look.pattern(), x, y, w, h);
        canvas.restore();
    }

    /** Draws the pattern over the box; the caller clips to the shape. */
    static void pattern(Canvas canvas, PhaseLook.Pattern pattern, float x, float y, float w, float h)
            throws IOException {
        Color white = new Color(255, 255, 255);
        float lw = 1.3f;
        switch (pattern) {
            case DIAGONAL:
                for (float d = -h; d < w; d += SPACING) {
                    canvas.line(x + d, y, x + d + h, y + h, white, lw);
                }
                break;
            case CROSS:
                for (float d = -h; d < w + h; d += SPACING + 1) {
                    canvas.line(x + d, y, x + d + h, y + h, white, lw * 0.8f);
                    canvas.line(x + d, y + h, x + d + h, y, white, lw * 0.8f);
                }
                break;
            case HORIZONTAL:
                for (float yy = y + SPACING / 2; yy < y + h; yy += SPACING) {
                    canvas.line(x, yy, x + w, yy, white, lw);
                }
                break;
            case VERTICAL:
                for (float xx = x + SPACING / 2; xx < x + w; xx += SPACING) {
                    canvas.line(xx, y, xx, y + h, white, lw);
                }
                break;
            case DOTS:
                for (float yy = y + SPACING / 2; yy < y + h; yy += SPACING) {
                    float shift = ((int) ((yy - y) / SPACING) % 2) * SPACING / 2;
                    for (float xx = x + shift + SPACING / 2; xx < x + w; xx += SPACING) {
                        canvas.circle(xx, yy, 1.1f, white, null, 0);
                    }
                }
                break;
            default:
                break;
        }
    }
}
