package org.restride.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.restride.codec.ExerciseJson;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;

/** Reads the "exercises" list of a library file, naming the row (1-based) and the field of any problem. */
public final class ExerciseRows {
    private ExerciseRows() {
    }

    public static List<Exercise> read(JsonNode root, String fileName, ExerciseSource source) {
        JsonNode rows = root == null ? null : root.get("exercises");
        if (rows == null || !rows.isArray()) {
            throw new LibraryException(fileName + ": there is no \"exercises\" list in this file.");
        }
        List<Exercise> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int row = 0;
        for (JsonNode node : rows) {
            row++;
            Exercise exercise;
            try {
                exercise = ExerciseJson.read(node, source);
            } catch (ValidationException e) {
                throw new LibraryException(fileName + ": row " + row + describeId(node) + ": " + e.getMessage() + ".");
            }
            if (!seen.add(exercise.id())) {
                throw new LibraryException(fileName + ": row " + row + describeId(node) + ": id is used twice in this file.");
            }
            out.add(exercise);
        }
        return out;
    }

    static String describeId(JsonNode node) {
        JsonNode id = node == null ? null : node.get("id");
        return id != null && id.isTextual() ? " (" + Excerpt.quoted(id.asText()) + ")" : "";
    }
}
