package org.restride.domain;

/** What one dose counts: repetitions, a hold, a time, a distance or breaths. */
public enum DoseUnit implements Keyed {
    REPS(100), HOLD_SECONDS(300), SECONDS(600), MINUTES(120), METRES(10_000), BREATHS(60);

    private final int max;

    DoseUnit(int max) {
        this.max = max;
    }

    public int max() {
        return max;
    }

    public static DoseUnit fromKey(String key) {
        return Keyed.fromKey(DoseUnit.class, "unit", key);
    }
}
