package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.stream.Collectors;
import org.restride.domain.ExerciseText;

/**
 * An exercise's text in another language, to and from JSON, in the format of the library's language files
 * ({@code library/es/exercises/*.json}): the exercise's id and its translated fields, with {@code tempo} and
 * {@code note} translating the default dosage's.
 */
public final class ExerciseTextJson {
    /** Every field a row of a language file has. */
    public static final Set<String> FIELDS = Set.of("id", "name", "summary", "steps", "cues", "mistakes", "watchFor",
            "tempo", "note");
    /** The translated fields alone, without the exercise's id: what an exercise's text in an exchange file has. */
    public static final Set<String> TEXT_FIELDS = FIELDS.stream().filter(f -> !f.equals("id"))
            .collect(Collectors.toUnmodifiableSet());

    private ExerciseTextJson() {
    }

    /** The text of one row; a field it should not have is refused by name. */
    public static ExerciseText read(JsonNode node) {
        JsonFields.onlyKnown(node, "", FIELDS, "exercise translation");
        return fields(node);
    }

    /**
     * The translated fields of an object that has no id (an exercise's text in an exchange file), found at
     * {@code where} (as "texts.es"): every refusal names the field under it, a field it should not have too.
     */
    public static ExerciseText readText(JsonNode node, String where) {
        JsonFields.onlyKnown(node, where + ".", TEXT_FIELDS, "exercise translation");
        return JsonFields.nested(where, () -> fields(node));
    }

    private static ExerciseText fields(JsonNode node) {
        JsonFields f = new JsonFields(node, "exercise translation");
        return new ExerciseText(f.text("name"), f.optionalText("summary"), f.texts("steps"), f.texts("cues"),
                f.texts("mistakes"), f.texts("watchFor"), f.optionalText("tempo"), f.optionalText("note"));
    }

    /** The row for exercise {@code id}; fields left out of the text are left out of the row. */
    public static ObjectNode write(String id, ExerciseText text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.setAll(writeText(text));
        return node;
    }

    /** The translated fields alone; fields left out of the text are left out. */
    public static ObjectNode writeText(ExerciseText text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("name", text.name());
        if (text.summary() != null) {
            node.put("summary", text.summary());
        }
        node.set("steps", ExerciseJson.texts(text.steps()));
        node.set("cues", ExerciseJson.texts(text.cues()));
        node.set("mistakes", ExerciseJson.texts(text.mistakes()));
        node.set("watchFor", ExerciseJson.texts(text.watchFor()));
        if (text.tempo() != null) {
            node.put("tempo", text.tempo());
        }
        if (text.note() != null) {
            node.put("note", text.note());
        }
        return node;
    }
}
