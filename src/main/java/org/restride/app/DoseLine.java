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
    private final DoseGrammar grammar;

    public DoseLine(Words words) {
        this.words = words;
        this.grammar = new DoseGrammar(words, "dosage");
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
            parts.add(grammar.timesADay(d.timesPerDay()));
        }
        if (d.daysPerWeek() != null) {
            parts.add(grammar.daysAWeek(d.daysPerWeek()));
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
        return words.get("dosage.band", grammar.bandColour(((Intensity.Band) intensity).colour()));
    }

    private String setsAndAmount(int sets, Amount amount) {
        return sets == 1 ? grammar.amount(amount) : grammar.count("sets", sets, sets, grammar.amountInSet(amount));
    }

    private String duration(int seconds) {
        return seconds >= 60 && seconds % 60 == 0 ? words.get("dosage.minutes", seconds / 60)
                : words.get("dosage.seconds", seconds);
    }
}
