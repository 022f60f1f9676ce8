package org.restride.domain.walkrun;

/** Seconds as a patient reads them: "45 s", "1 min 30 s", "20 min". */
public final class Durations {
    private Durations() {
    }

    public static String words(int seconds) {
        int minutes = seconds / 60;
        int rest = seconds % 60;
        if (minutes == 0) {
            return rest + " s";
        }
        return rest == 0 ? minutes + " min" : minutes + " min " + rest + " s";
    }
}
