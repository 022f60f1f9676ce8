package org.restride.handout;

/** Which days of the week (Monday first) a dose of so many days a week falls on, spread out as evenly as can be. */
final class PlannedDays {
    static final int DAYS = 7;

    private PlannedDays() {
    }

    /** Seven flags, Monday first; none set when the dose does not say how many days. */
    static boolean[] of(Integer daysPerWeek) {
        boolean[] days = new boolean[DAYS];
        if (daysPerWeek == null) {
            return days;
        }
        for (int i = 0; i < daysPerWeek; i++) {
            days[i * DAYS / daysPerWeek] = true;
        }
        return days;
    }
}
