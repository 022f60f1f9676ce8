package org.restride.domain.walkrun;

/**
 * Where a week breaks the progression rules, for the PT to judge: which rule, the week, and for a steep rise
 * its size in whole percent (0 otherwise).
 */
public record WalkRunWarning(Kind kind, int week, long risePercent) {
    public enum Kind {
        /** Weekly running time rises by more than about 10 %. */
        STEEP_RISE,
        /** More than one of run, walk, repeats and sessions changes at once. */
        SEVERAL_CHANGES,
        /** A week marked as a step back matches no earlier week. */
        UNMATCHED_STEP_BACK
    }
}
