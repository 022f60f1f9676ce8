package org.restride.library;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.restride.codec.ExerciseJson;
import org.restride.codec.Refusals;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** Reads the "exercises" list of a library file, naming the row (1-based) and the field of any problem. */
public final class ExerciseRows {
    private ExerciseRows() {
    }

    public static List<Exercise> read(JsonNode root, String fileName, ExerciseSource source) {
        return read(root, fileName, source, false);
    }

    /**
     * As {@link #read(JsonNode, String, ExerciseSource)}; with {@code onlyKnownFields}, a field that an exercise of
     * a library file does not have is refused by its row and name (a file given to import; Restride's own
     * built-in files carry a picture field read elsewhere).
     */
    public static List<Exercise> read(JsonNode root, String fileName, ExerciseSource source, boolean onlyKnownFields) {
        JsonNode rows = root == null ? null : root.get("exercises");
        if (rows == null || !rows.isArray()) {
            throw new LibraryException(KeyedProblem.of("problems.library.noExercises", fileName));
        }
        List<Exercise> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int row = 0;
        for (JsonNode node : rows) {
            row++;
            Exercise exercise;
            try {
                if (onlyKnownFields) {
                    ExerciseJson.requireKnownFields(node);
                }
                exercise = ExerciseJson.read(node, source);
            } catch (ValidationException e) {
                throw new LibraryException(KeyedProblem.of("problems.library.rowRefused", fileName, row, describeId(node),
                        Refusals.of(e)), e);
            }
            if (!seen.add(exercise.id())) {
                throw new LibraryException(KeyedProblem.of("problems.library.rowIdTwice", fileName, row, describeId(node)));
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
