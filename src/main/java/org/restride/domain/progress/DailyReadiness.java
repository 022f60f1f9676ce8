package org.restride.domain.progress;

import org.restride.domain.Bounds;
import org.restride.domain.Check;

/**
 * How ready she is today: hours slept last night, fatigue 0–10, hydration, a free note, and the hours she usually
 * sleeps these days. Any part may be missing (not asked). These lower the load she can tolerate today; they never
 * block progress on their own. Sleep is compared with her own usual, never with a fixed line: nearly every new
 * mother sleeps under 7 h (CLINICAL.md, daily readiness).
 */
public record DailyReadiness(Double sleepHours, Integer fatigue, Hydration hydration, String note, Double usualSleepHours) {
    /** Fatigue, 0–10 (before the constants below, which use it). */
    public static final Bounds FATIGUE = new Bounds(0, 10);
    /** Hours of sleep, last night's and her usual. */
    public static final Bounds HOURS = new Bounds(0, 24);
    public static final DailyReadiness NOT_ASKED = new DailyReadiness(null, null, null, null, null);
    /** Sleeping this many hours or more below her usual counts as short of sleep. */
    public static final double SLEEP_DEFICIT_HOURS = 1;
    /** Fatigue at or above this (0–10) counts as high. */
    public static final int HIGH_FATIGUE = 7;

    public DailyReadiness {
        if (sleepHours != null) {
            Check.range("sleepHours", sleepHours, HOURS.min(), HOURS.max());
        }
        if (usualSleepHours != null) {
            Check.range("usualSleepHours", usualSleepHours, HOURS.min(), HOURS.max());
        }
        Check.optionalRange("fatigue", fatigue, FATIGUE.min(), FATIGUE.max());
        note = Check.optionalText("readinessNote", note, 2000);
    }

    /** Without her usual sleep: last night's sleep is recorded but not judged. */
    public DailyReadiness(Double sleepHours, Integer fatigue, Hydration hydration, String note) {
        this(sleepHours, fatigue, hydration, note, null);
    }

    /** At least an hour less than she usually sleeps; unknown when her usual is not recorded. */
    public boolean shortOfSleep() {
        return sleepHours != null && usualSleepHours != null && sleepHours <= usualSleepHours - SLEEP_DEFICIT_HOURS;
    }

    public boolean highFatigue() {
        return fatigue != null && fatigue >= HIGH_FATIGUE;
    }

    public boolean lowHydration() {
        return hydration == Hydration.LOW;
    }
}
