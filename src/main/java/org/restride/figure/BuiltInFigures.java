package org.restride.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drawings of the built-in exercises: the "figure" of each exercise in the library's exercise files, keyed by
 * exercise id. (The exercise reader ignores that key; this reads only it.)
 */
public final class BuiltInFigures {
    static final String FOLDER = "/org/restride/library/exercises/";
    static final List<String> FILES = List.of("foundation", "strength", "impact", "running", "lifting", "tests");

    private final Map<String, Figure> figures;

    private BuiltInFigures(Map<String, Figure> figures) {
        this.figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    /** Reads every built-in figure. A problem here is a bug in the shipped files, named by file and exercise. */
    public static BuiltInFigures load() {
        return load(BasePoses.load());
    }

    public static BuiltInFigures load(BasePoses bases) {
        ObjectMapper mapper = new ObjectMapper();
        FigureJson json = new FigureJson(bases);
        Map<String, Figure> out = new LinkedHashMap<>();
        for (String name : FILES) {
            String file = FOLDER + name + ".json";
            for (JsonNode exercise : read(mapper, file).path("exercises")) {
                String id = exercise.path("id").asText();
                JsonNode figure = exercise.get("figure");
                if (figure == null) {
                    continue;
                }
                try {
                    out.put(id, json.read(figure));
                } catch (FigureException e) {
                    throw new FigureException(file + ": exercise \"" + id + "\": " + e.getMessage(), e);
                }
            }
        }
        return new BuiltInFigures(out);
    }

    private static JsonNode read(ObjectMapper mapper, String file) {
        try (InputStream in = BuiltInFigures.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new FigureException("The built-in file " + file + " is missing.");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new FigureException("The built-in file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public Optional<Figure> find(String exerciseId) {
        return Optional.ofNullable(figures.get(exerciseId));
    }

    /** All figures by exercise id, in library order. */
    public Map<String, Figure> all() {
        return figures;
    }
}
