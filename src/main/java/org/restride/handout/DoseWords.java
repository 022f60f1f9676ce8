package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.app.DoseGrammar;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Intensity;
import org.restride.handout.layout.Texts;

/** A dosage in the patient's words: "8–12 times each side (3 s down, 1 s up), rest 1 min, 3 rounds". */
final class DoseWords {
    /** Work of about this many seconds per repetition when the dose gives no pace. */
    private static final int SECONDS_PER_REP = 4;
    private static final int SECONDS_PER_BREATH = 10;
    private static final int SETUP_SECONDS = 30;
    private static final int DEFAULT_REST = 30;
    /** A timed dose this long is a walk or a run of its own, told apart from the exercises' session time. */
    static final int LONG_SECONDS = 10 * 60;

    private final HandoutText words;
    private final DoseGrammar grammar;

    DoseWords(HandoutText words) {
        this.words = words;
        this.grammar = words.doseGrammar();
    }

    /** What to do in one go, how, and how many rounds: the one dose line a card prints. */
    String what(Dosage d) {
        return what(d, true);
    }

    /** The short form for the "This week" table: amount, rest and rounds, without pace or effort. */
    String brief(Dosage d) {
        return what(d, false);
    }

    /**
     * The amount (each side, pace), then rest and rounds as the language orders them: {@code dose.setsLine} puts
     * the amount {0}, the rest {1} and the rounds {2} ("8–12 times, rest 1 min, 3 rounds"; "3 series de 8 a 12,
     * descanso de 1 min"); then the effort. The rest's time stays on one line ("1 min", never "1" then "min").
     */
    private String what(Dosage d, boolean full) {
        boolean rounds = d.sets() > 1;
        String amount = rounds ? grammar.amountInSet(d.amount()) : grammar.amount(d.amount());
        if (d.eachSide()) {
            amount = words.get("dose.eachSide", amount);
        }
        if (full && d.tempo() != null) {
            amount = words.get("dose.tempo", amount, d.tempo());
        }
        List<String> parts = new ArrayList<>();
        if (rounds) {
            boolean rest = d.restSeconds() != null && d.restSeconds() > 0;
            String restWords = rest ? words.get("dose.rest", Texts.unbreakable(words.duration(d.restSeconds()))) : "";
            parts.add(words.get(rest ? "dose.setsLine" : "dose.setsLineNoRest", amount, restWords,
                    grammar.count("rounds", d.sets(), d.sets())));
        } else {
            parts.add(amount);
        }
        if (full && d.intensity() != null) {
            parts.add(intensity(d.intensity()));
        }
        return String.join(words.get("dose.separator"), parts);
    }

    /** "once a day, 3 days a week"; empty when the dose says neither. */
    String often(Dosage d) {
        List<String> parts = new ArrayList<>();
        if (d.timesPerDay() != null) {
            parts.add(timesADay(d.timesPerDay()));
        }
        if (d.daysPerWeek() != null) {
            parts.add(grammar.daysAWeek(d.daysPerWeek()));
        }
        return String.join(words.get("dose.separator"), parts);
    }

    String timesADay(int times) {
        return grammar.timesADay(times);
    }

    /** One amount with its unit, as it stands alone ("20 min"). */
    String amount(Amount amount) {
        return grammar.amount(amount);
    }

    private String intensity(Intensity intensity) {
        if (intensity instanceof Intensity.Rpe rpe) {
            return words.get("dose.effort", rpe.value());
        }
        if (intensity instanceof Intensity.Band band) {
            return words.get("dose.band", grammar.bandColour(band.colour()));
        }
        Intensity.Load load = (Intensity.Load) intensity;
        return words.get("dose.load", load.amount() + " " + load.unit().key());
    }

    /** About how long the dose takes once, in seconds: work, rests between rounds, and a moment to set up. */
    static int seconds(Dosage d) {
        Amount a = d.amount();
        double n = a.max() == null ? a.min() : (a.min() + a.max()) / 2.0;
        double work = switch (a.unit()) {
            case REPS -> n * SECONDS_PER_REP;
            case HOLD_SECONDS -> n + 3;
            case SECONDS -> n;
            case MINUTES -> n * 60;
            case METRES -> n / 1.2;
            case BREATHS -> n * SECONDS_PER_BREATH;
        };
        work *= d.eachSide() ? 2 : 1;
        int rest = d.restSeconds() == null ? DEFAULT_REST : d.restSeconds();
        return (int) Math.round(work * d.sets() + rest * (d.sets() - 1) + SETUP_SECONDS);
    }

    /** Whether the dose is a long walk or run of its own (a timed dose of 10 minutes or more in one go). */
    static boolean isLong(Dosage d) {
        return d.amount().unit() == DoseUnit.MINUTES && d.amount().min() * 60 >= LONG_SECONDS;
    }
}
