package org.restride.domain.progress;

import org.restride.domain.Check;

/**
 * How ready she is today: hours slept last night, fatigue 0–10, hydration, and a free note. Any part may be
 * missing (not asked). These lower the load she can tolerate today; they never block progress on their own.
 */
public record DailyReadiness(Double sleepHours, Integer fatigue, Hydration hydration, String note) {
    public static final DailyReadiness NOT_ASKED = new DailyReadiness(null, null, null, null);
    /** Sleep below about 7 hours is a risk factor for running-related symptoms (CLINICAL.md). */
    public static final double ENOUGH_SLEEP_HOURS = 7;
    /** Fatigue at or above this (0–10) counts as high. */
    public static final int HIGH_FATIGUE = 7;

    public DailyReadiness {
        if (sleepHours != null) {
            Check.range("sleep hours", sleepHours, 0, 24);
        }
        Check.optionalRange("fatigue", fatigue, 0, 10);
        note = Check.optionalText("readiness note", note, 2000);
    }

    public boolean shortOfSleep() {
        return sleepHours != null && sleepHours < ENOUGH_SLEEP_HOURS;
    }

    public boolean highFatigue() {
        return fatigue != null && fatigue >= HIGH_FATIGUE;
    }

    public boolean lowHydration() {
        return hydration == Hydration.LOW;
    }
}
