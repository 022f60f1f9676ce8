package org.restride.handout;

import java.awt.Color;
import org.restride.domain.PhaseKind;

/**
 * The colour and pattern of a phase kind, the same in the editor, the timeline and the handout. Each kind has
 * its own shade and its own pattern, so the phases stay apart when printed in black and white.
 */
public record PhaseLook(Color colour, Color tint, Pattern pattern) {
    /** White marks drawn over the colour. */
    public enum Pattern {
        NONE, DIAGONAL, DOTS, HORIZONTAL, CROSS, VERTICAL
    }

    public static PhaseLook of(PhaseKind kind) {
        switch (kind) {
            case FOUNDATION:
                return new PhaseLook(new Color(0x7DB9A5), new Color(0xEAF4F0), Pattern.NONE);
            case STRENGTH:
                return new PhaseLook(new Color(0x3C6E9E), new Color(0xE6EEF6), Pattern.DIAGONAL);
            case IMPACT:
                return new PhaseLook(new Color(0xE2A54C), new Color(0xFCF1E0), Pattern.DOTS);
            case RUN:
                return new PhaseLook(new Color(0xC4553F), new Color(0xF8E7E3), Pattern.HORIZONTAL);
            case LIFT:
                return new PhaseLook(new Color(0x5E4F92), new Color(0xECE9F4), Pattern.CROSS);
            default:
                return new PhaseLook(new Color(0x8A949B), new Color(0xEEF0F1), Pattern.VERTICAL);
        }
    }
}
