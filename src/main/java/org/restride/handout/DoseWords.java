package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.Intensity;

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

    DoseWords(HandoutText words) {
        this.words = words;
    }

    /** What to do in one go, how, and how many rounds: the one dose line a card prints. */
    String what(Dosage d) {
        return what(d, true);
    }

    /** The short form for the "This week" table: amount, rest and rounds, without pace or effort. */
    String brief(Dosage d) {
        return what(d, false);
    }

    private String what(Dosage d, boolean full) {
        List<String> parts = new ArrayList<>();
        String amount = amount(d.amount());
        if (d.eachSide()) {
            amount = words.get("dose.eachSide", amount);
        }
        if (full && d.tempo() != null) {
            amount = words.get("dose.tempo", amount, d.tempo());
        }
        parts.add(amount);
        if (d.sets() > 1) {
            if (d.restSeconds() != null && d.restSeconds() > 0) {
                parts.add(words.get("dose.rest", words.duration(d.restSeconds())));
            }
            parts.add(words.get("dose.rounds", d.sets()));
        }
        if (full && d.intensity() != null) {
            parts.add(intensity(d.intensity()));
        }
        return String.join(", ", parts);
    }

    /** "once a day, 3 days a week"; empty when the dose says neither. */
    String often(Dosage d) {
        List<String> parts = new ArrayList<>();
        if (d.timesPerDay() != null) {
            parts.add(timesADay(d.timesPerDay()));
        }
        if (d.daysPerWeek() != null) {
            parts.add(d.daysPerWeek() == 7 ? words.get("dose.everyDay")
                    : words.get(d.daysPerWeek() == 1 ? "dose.daysAWeek.1" : "dose.daysAWeek", d.daysPerWeek()));
        }
        return String.join(", ", parts);
    }

    String timesADay(int times) {
        return switch (times) {
            case 1 -> words.get("dose.timesADay.1");
            case 2 -> words.get("dose.timesADay.2");
            default -> words.get("dose.timesADay", times);
        };
    }

    String amount(Amount a) {
        String n = a.numbers();
        boolean one = a.max() == null && a.min() == 1;
        return switch (a.unit()) {
            case REPS -> one ? words.get("dose.reps.1") : words.get("dose.reps", n);
            case HOLD_SECONDS -> words.get("dose.hold", n);
            case SECONDS -> words.get("dose.seconds", n);
            case MINUTES -> words.get("dose.minutes", n);
            case METRES -> words.get("dose.metres", n);
            case BREATHS -> one ? words.get("dose.breaths.1") : words.get("dose.breaths", n);
        };
    }

    private String intensity(Intensity intensity) {
        if (intensity instanceof Intensity.Rpe rpe) {
            return words.get("dose.effort", rpe.value());
        }
        if (intensity instanceof Intensity.Band band) {
            return words.get("dose.band", band.colour());
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
        return d.amount().unit() == org.restride.domain.DoseUnit.MINUTES && d.amount().min() * 60 >= LONG_SECONDS;
    }
}
