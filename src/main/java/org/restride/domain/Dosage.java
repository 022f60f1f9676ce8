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

    public Dosage {
        Check.range("sets", sets, 1, 10);
        Check.present("amount", amount);
        Check.optionalRange("rest", restSeconds, 0, 600);
        Check.optionalRange("times per day", timesPerDay, 1, 6);
        Check.optionalRange("days per week", daysPerWeek, 1, 7);
        tempo = Check.optionalText("tempo", tempo, 40);
        note = Check.optionalText("note", note, 2000);
    }

    public static Dosage simple(int sets, Amount amount) {
        return new Dosage(sets, amount, false, null, null, null, null, null, null);
    }

    /** The dosage as the one plain line that prints, e.g. "3 sets × 10 · each side · 4 days a week · RPE 6". */
    public String line() {
        return DosageLine.of(this);
    }
}
