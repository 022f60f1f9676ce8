package org.restride.domain;

/**
 * A readiness test with its target, such as "Single-leg calf raise, 20 each side".
 * With no target it is a plain yes/no statement, such as "Walking an hour feels easy".
 */
public record Criterion(String key, String name, Amount target, boolean eachSide, String exerciseId) {
    public Criterion {
        key = Check.optionalText("criterionKey", key, 80);
        name = Check.text("criterionName", name, 200);
        exerciseId = Check.optionalText("criterionExercise", exerciseId, 80);
    }

    public static Criterion statement(String name) {
        return new Criterion(null, name, null, false, null);
    }
}
