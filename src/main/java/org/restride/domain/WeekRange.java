package org.restride.domain;

/** The weeks after birth a phase usually covers. An open end (no "to") means "and onwards". */
public record WeekRange(int from, Integer to) {
    public static final int MAX_WEEK = 156;

    public WeekRange {
        Check.range("fromWeek", from, 0, MAX_WEEK);
        if (to != null) {
            Check.range("toWeek", to, from, MAX_WEEK);
        }
    }

    /** True if {@code later} (the next phase) starts before this range ends: sharing the end week is not overlapping. */
    public boolean runsInto(WeekRange later) {
        return to != null && later.from < to;
    }

    public boolean contains(int week) {
        return week >= from && (to == null || week <= to);
    }
}
