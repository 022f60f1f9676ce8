package org.restride.domain.progress;

import org.restride.domain.Bounds;
import org.restride.domain.DoseUnit;

/**
 * The most a readiness test result can plausibly be, per unit, so that a typing slip (900 calf raises) is caught.
 * The least is always 0: she tried and could not do one.
 */
public final class PlausibleRange {
    private PlausibleRange() {
    }

    /** What a result in this unit may be: 0 to {@link #max}. */
    public static Bounds bounds(DoseUnit unit) {
        return new Bounds(0, max(unit));
    }

    public static int max(DoseUnit unit) {
        return switch (unit) {
            case REPS -> 200;
            case HOLD_SECONDS, SECONDS -> 600;
            case MINUTES -> 240;
            case METRES -> 20_000;
            case BREATHS -> 100;
        };
    }
}
