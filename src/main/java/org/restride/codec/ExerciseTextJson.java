package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
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

    private ExerciseTextJson() {
    }

    /** The text of one row; a field it should not have is refused by name. */
    public static ExerciseText read(JsonNode node) {
        JsonFields.onlyKnown(node, "", FIELDS, "exercise translation");
        JsonFields f = new JsonFields(node, "exercise translation");
        return new ExerciseText(f.text("name"), f.optionalText("summary"), f.texts("steps"), f.texts("cues"),
                f.texts("mistakes"), f.texts("watchFor"), f.optionalText("tempo"), f.optionalText("note"));
    }

    /** The row for exercise {@code id}; fields left out of the text are left out of the row. */
    public static ObjectNode write(String id, ExerciseText text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
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
