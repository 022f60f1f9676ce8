package org.restride.domain;

/** The prescription for one exercise. Only sets and the amount are required. */
public record Dosage(
        int sets,
        Amount amount,
        boolean eachSide,
        Integer restSeconds,
        Integer timesPerDay,
        Integer daysPerWeek,
        Intensity intensity,
        String tempo,
        String note) {

    public static final Bounds SETS = new Bounds(1, 10);
    public static final Bounds REST_SECONDS = new Bounds(0, 600);
    public static final Bounds TIMES_PER_DAY = new Bounds(1, 6);
    public static final Bounds DAYS_PER_WEEK = new Bounds(1, 7);
    /** A tempo's longest text: room for a translation, which runs longer than the English (at most 34 now). */
    public static final int MAX_TEMPO = 60;

    public Dosage {
        SETS.check("sets", sets);
        Check.present("amount", amount);
        optional(REST_SECONDS, "rest", restSeconds);
        optional(TIMES_PER_DAY, "timesPerDay", timesPerDay);
        optional(DAYS_PER_WEEK, "daysPerWeek", daysPerWeek);
        tempo = Check.optionalText("tempo", tempo, MAX_TEMPO);
        note = Check.optionalText("note", note, 2000);
    }

    private static void optional(Bounds bounds, String field, Integer value) {
        if (value != null) {
            bounds.check(field, value);
        }
    }

    public static Dosage simple(int sets, Amount amount) {
        return new Dosage(sets, amount, false, null, null, null, null, null, null);
    }

}
