package org.restride.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.restride.codec.ExerciseTextJson;
import org.restride.codec.Refusals;
import org.restride.domain.ExerciseText;
import org.restride.domain.ValidationException;
import org.restride.library.ExerciseTextRows;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The exercises' patient-facing text in other languages, read from a file to import ({@link ExerciseTextRows}
 * says how rows carry it). A row without it is an exercise in English only (files from before it still import).
 */
final class ExchangeTexts {
    private static final String FIELD = ExerciseTextRows.FIELD;

    private ExchangeTexts() {
    }

    /**
     * Takes the texts off each row of the file's exercises (so that the rows read as the exercises they are) and
     * reads them, strictly: a language Restride does not print, a field a text does not have, a value of the
     * wrong kind or over the exercise's limits refuses the file, naming the row, the language and the field.
     * Returns each row's texts by language, in row order (empty for a row without any).
     */
    static List<Map<String, ExerciseText>> take(JsonNode root, String rowsIn) {
        JsonNode rows = root == null ? null : root.get("exercises");
        List<Map<String, ExerciseText>> out = new ArrayList<>();
        if (rows == null || !rows.isArray()) {
            return out;
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            Map<String, ExerciseText> byLanguage = new LinkedHashMap<>();
            if (row instanceof ObjectNode object && object.has(FIELD)) {
                String at = rowsIn + ": row " + (i + 1) + describeId(row);
                read(object.remove(FIELD), at, byLanguage);
            }
            out.add(byLanguage);
        }
        return out;
    }

    private static void read(JsonNode block, String at, Map<String, ExerciseText> into) {
        if (!block.isObject()) {
            throw refused(at, new ValidationException(FIELD, "json.languages"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = block.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String language = entry.getKey();
            if (!ExerciseTextRows.languages().contains(language)) {
                throw new ExchangeException(KeyedProblem.of("exchange-texts.unknownLanguage", at, Excerpt.quoted(language),
                        ExerciseTextRows.languages().stream().map(Excerpt::quoted).collect(Collectors.joining(", "))));
            }
            String where = FIELD + "." + language;
            if (!entry.getValue().isObject()) {
                throw refused(at, new ValidationException(where, "json.object"));
            }
            try {
                into.put(language, ExerciseTextJson.readText(entry.getValue(), where));
            } catch (ValidationException e) {
                throw refused(at, e);
            }
        }
    }

    private static ExchangeException refused(String at, ValidationException e) {
        return new ExchangeException(KeyedProblem.of("exchange-texts.refused", at,
                Refusals.of(e)), e);
    }

    private static String describeId(JsonNode row) {
        JsonNode id = row.get("id");
        return id != null && id.isTextual() ? " (" + Excerpt.quoted(id.asText()) + ")" : "";
    }
}
