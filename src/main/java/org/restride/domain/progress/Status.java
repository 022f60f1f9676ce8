package org.restride.domain.progress;

import org.restride.domain.Keyed;

/**
 * What a visit's verdict says about the current phase, from best to most urgent. The most urgent reason wins:
 * a red flag is never averaged away by good test results.
 */
public enum Status implements Keyed {
    /** Every exit criterion is met without symptoms: move on to the next phase. */
    READY,
    /** Stay in this phase and keep building: the next phase's demands are not met yet. */
    HOLD,
    /** This phase's own load is above what her body handles now: ease it or go back a phase. */
    STEP_BACK,
    /** A red flag: stop exercise and refer for medical care. Not a dose to adjust. */
    STOP_AND_REFER;


    public boolean isMoreUrgentThan(Status other) {
        return ordinal() > other.ordinal();
    }

    public static Status fromKey(String key) {
        return Keyed.fromKey(Status.class, "verdictStatus", key);
    }
}
