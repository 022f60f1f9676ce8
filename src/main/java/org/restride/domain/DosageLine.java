package org.restride.domain;

import java.util.ArrayList;
import java.util.List;

/** Writes a dosage as one line of plain words. */
final class DosageLine {
    private static final String SEPARATOR = " · ";

    private DosageLine() {
    }

    static String of(Dosage d) {
        List<String> parts = new ArrayList<>();
        parts.add(setsAndAmount(d.sets(), d.amount()));
        if (d.eachSide()) {
            parts.add("each side");
        }
        if (d.restSeconds() != null && d.restSeconds() > 0) {
            parts.add("rest " + duration(d.restSeconds()));
        }
        if (d.timesPerDay() != null) {
            parts.add(timesPerDay(d.timesPerDay()));
        }
        if (d.daysPerWeek() != null) {
            parts.add(d.daysPerWeek() == 7 ? "every day" : d.daysPerWeek() + (d.daysPerWeek() == 1 ? " day a week" : " days a week"));
        }
        if (d.intensity() != null) {
            parts.add(d.intensity().describe());
        }
        if (d.tempo() != null) {
            parts.add("tempo " + d.tempo());
        }
        return String.join(SEPARATOR, parts);
    }

    private static String setsAndAmount(int sets, Amount amount) {
        String n = amount.numbers();
        String single = switch (amount.unit()) {
            case REPS -> n + (amount.max() == null && amount.min() == 1 ? " rep" : " reps");
            case HOLD_SECONDS -> "hold " + n + " s";
            case SECONDS -> n + " s";
            case MINUTES -> n + " min";
            case METRES -> n + " m";
            case BREATHS -> n + (amount.max() == null && amount.min() == 1 ? " breath" : " breaths");
        };
        if (sets == 1) {
            return single;
        }
        String perSet = switch (amount.unit()) {
            case REPS -> n;
            case HOLD_SECONDS -> n + " s hold";
            default -> single;
        };
        return sets + " sets × " + perSet;
    }

    private static String timesPerDay(int times) {
        return switch (times) {
            case 1 -> "once a day";
            case 2 -> "twice a day";
            default -> times + " times a day";
        };
    }

    private static String duration(int seconds) {
        if (seconds >= 60 && seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
