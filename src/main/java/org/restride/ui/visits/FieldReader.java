package org.restride.ui.visits;

import java.util.Map;
import java.util.function.Supplier;
import org.restride.app.Problems;
import org.restride.domain.ValidationException;
import org.restride.text.Words;

/** Reads the visit form's fields, keeping each refused one's sentence under its key, to show beside the field. */
final class FieldReader {
    private final Words words;
    private final Map<String, String> problems;

    FieldReader(Words words, Map<String, String> problems) {
        this.words = words;
        this.problems = problems;
    }

    /** What {@code read} gives, or null with its problem kept under {@code key}. */
    <T> T read(String key, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            problems.put(key, Problems.sentence(words, e));
        }
        return null;
    }

    /** Keeps a problem the form itself finds, in the words of {@code textKey}. */
    void refuse(String key, String textKey, Object... args) {
        problems.put(key, words.get(textKey, args));
    }

    boolean refused(String key) {
        return problems.containsKey(key);
    }

    boolean any() {
        return !problems.isEmpty();
    }
}
