package org.restride.domain;

import java.util.List;

/**
 * The bounds of an exercise's patient-facing words, one set for the library's English and every translation: how
 * long a name, summary or line may be and how many lines each list may hold.
 */
final class ExerciseWords {
    private ExerciseWords() {
    }

    static String name(String value) {
        return Check.line("name", value, 80);
    }

    /** Required in the English; a translation may leave it out. */
    static String summary(String value, boolean required) {
        return required ? Check.text("summary", value, 200) : Check.optionalText("summary", value, 200);
    }

    /** At least {@code min} steps: one in the English, none in a translation. */
    static List<String> steps(List<String> values, int min) {
        return Check.texts("steps", values, min, 12, 400);
    }

    static List<String> cues(List<String> values) {
        return Check.texts("cues", values, 0, 6, 120);
    }

    static List<String> mistakes(List<String> values) {
        return Check.texts("mistakes", values, 0, 6, 200);
    }

    static List<String> watchFor(List<String> values) {
        return Check.texts("watchFor", values, 0, 6, 300);
    }
}
