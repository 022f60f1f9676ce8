package org.restride.library;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restride.codec.ExerciseTextJson;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.store.ExerciseTextRepository;
import org.restride.text.Languages;

/**
 * The clinic's exercises' text in other languages as their rows in a library or exchange file carry it: a
 * {@code "texts"} object on the row with one entry per language code ({@code "es"}), holding the translated fields
 * as the library's language files name them. A row without it is an exercise in English only.
 */
public final class ExerciseTextRows {
    public static final String FIELD = "texts";

    private ExerciseTextRows() {
    }

    /** The languages a row may carry a text in: every language Restride prints but English. */
    public static List<String> languages() {
        return Languages.codes().stream().filter(code -> !code.equals(Languages.DEFAULT)).toList();
    }

    /** The stored texts of the exercises, by id then language; exercises with none are left out. */
    public static Map<String, Map<String, ExerciseText>> stored(ExerciseTextRepository texts, Collection<String> ids) {
        Map<String, Map<String, ExerciseText>> out = new LinkedHashMap<>();
        for (String language : languages()) {
            texts.findAll(ids, language).forEach((id, text) -> out.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .put(language, text));
        }
        return out;
    }

    /** Adds their stored texts to the rows written from {@code exercises} (in the same order). */
    public static void addTo(ArrayNode rows, List<Exercise> exercises, ExerciseTextRepository texts) {
        Map<String, Map<String, ExerciseText>> stored = stored(texts, exercises.stream().map(Exercise::id).toList());
        for (int i = 0; i < exercises.size(); i++) {
            Map<String, ExerciseText> byLanguage = stored.get(exercises.get(i).id());
            if (byLanguage != null) {
                ObjectNode block = ((ObjectNode) rows.get(i)).putObject(FIELD);
                byLanguage.forEach((language, text) -> block.set(language, ExerciseTextJson.writeText(text)));
            }
        }
    }
}
