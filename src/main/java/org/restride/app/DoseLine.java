package org.restride.app;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.Intensity;
import org.restride.text.Words;

/**
 * A dosage as the window shows it: its parts in words ("3 sets × 10", "each side", "rest 1 min", "RPE 6"), a list
 * the view lays out or joins. The parts are never joined into one string and split again.
 */
public final class DoseLine {
    private final Words words;

    public DoseLine(Words words) {
        this.words = words;
    }

    /** The parts, in the order they are read. */
    public List<String> parts(Dosage d) {
        List<String> parts = new ArrayList<>();
        parts.add(setsAndAmount(d.sets(), d.amount()));
        if (d.eachSide()) {
            parts.add(words.get("dosage.eachSide"));
        }
        if (d.restSeconds() != null && d.restSeconds() > 0) {
            parts.add(words.get("dosage.rest", duration(d.restSeconds())));
        }
        if (d.timesPerDay() != null) {
            int times = d.timesPerDay();
            parts.add(times <= 2 ? words.get("dosage.timesADay." + times) : words.get("dosage.timesADay", times));
        }
        if (d.daysPerWeek() != null) {
            int days = d.daysPerWeek();
            parts.add(days == 7 ? words.get("dosage.everyDay")
                    : words.get(days == 1 ? "dosage.daysAWeek.1" : "dosage.daysAWeek", days));
        }
        if (d.intensity() != null) {
            parts.add(intensity(d.intensity()));
        }
        if (d.tempo() != null) {
            parts.add(words.get("dosage.tempo", d.tempo()));
        }
        return parts;
    }

    /** The parts on one line, as a list row or a label shows them. */
    public String line(Dosage d) {
        return String.join(words.get("dosage.separator"), parts(d));
    }

    public String intensity(Intensity intensity) {
        if (intensity instanceof Intensity.Rpe rpe) {
            return words.get("dosage.rpe", rpe.value());
        }
        if (intensity instanceof Intensity.Load load) {
            return words.get("dosage.load", load.amount(), load.unit().key());
        }
        return words.get("dosage.band", ((Intensity.Band) intensity).colour());
    }

    private String setsAndAmount(int sets, Amount amount) {
        String n = amount.numbers();
        boolean one = amount.max() == null && amount.min() == 1;
        String single = switch (amount.unit()) {
            case REPS -> words.get(one ? "dosage.reps.1" : "dosage.reps", n);
            case HOLD_SECONDS -> words.get("dosage.hold", n);
            case SECONDS -> words.get("dosage.seconds", n);
            case MINUTES -> words.get("dosage.minutes", n);
            case METRES -> words.get("dosage.metres", n);
            case BREATHS -> words.get(one ? "dosage.breaths.1" : "dosage.breaths", n);
        };
        if (sets == 1) {
            return single;
        }
        String perSet = switch (amount.unit()) {
            case REPS -> n;
            case HOLD_SECONDS -> words.get("dosage.holdPerSet", n);
            default -> single;
        };
        return words.get("dosage.sets", sets, perSet);
    }

    private String duration(int seconds) {
        return seconds >= 60 && seconds % 60 == 0 ? words.get("dosage.minutes", seconds / 60)
                : words.get("dosage.seconds", seconds);
    }
}
