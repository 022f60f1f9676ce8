package org.restride.domain;

/**
 * A readiness test with its target, such as "Single-leg calf raise, 20 each side".
 * With no target it is a plain yes/no statement, such as "Walking an hour feels easy".
 */
public record Criterion(String key, String name, Amount target, boolean eachSide, String exerciseId) {
    public Criterion {
        key = Check.optionalText("criterion key", key, 80);
        name = Check.text("criterion name", name, 200);
        exerciseId = Check.optionalText("criterion exercise", exerciseId, 80);
    }

    public static Criterion statement(String name) {
        return new Criterion(null, name, null, false, null);
    }

    /** "Single-leg calf raise: 20 each side" for the checklist. */
    public String checklistLine() {
        return target == null ? name : name + ": " + targetWords();
    }

    /** The target alone: "20 each side", "30 min", "10 s each side"; empty for a yes/no statement. */
    public String targetWords() {
        if (target == null) {
            return "";
        }
        String amount = switch (target.unit()) {
            case REPS -> target.numbers();
            case HOLD_SECONDS, SECONDS -> target.numbers() + " s";
            case MINUTES -> target.numbers() + " min";
            case METRES -> target.numbers() + " m";
            case BREATHS -> target.numbers() + " breaths";
        };
        return amount + (eachSide ? " each side" : "");
    }
}
