package org.restride.figure;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.restride.text.KeyedProblem;

/**
 * The drawings of the built-in exercises: the "figure" of each exercise in the library's exercise files, keyed by
 * exercise id. (The exercise reader ignores that key; this reads only it.) Loading keeps each exercise's figure as
 * read, skipping the rest of the files; a figure is made the first time it is asked for (a handout needs a few
 * dozen of the library's drawings). Safe to use from any thread.
 */
public final class BuiltInFigures {
    static final String FOLDER = "/org/restride/library/exercises/";
    static final List<String> FILES = List.of("foundation", "strength", "impact", "running", "lifting", "tests");

    /** An exercise's figure as written in its file. */
    private record Written(String file, JsonNode node) {
    }

    private final FigureJson json;
    private final Map<String, Written> written;
    private final Map<String, Figure> made = new ConcurrentHashMap<>();

    private BuiltInFigures(FigureJson json, Map<String, Written> written) {
        this.json = json;
        this.written = Collections.unmodifiableMap(written);
    }

    /** Reads the built-in figures. A problem here is a bug in the shipped files, named by file and exercise. */
    public static BuiltInFigures load() {
        return load(BasePoses.load());
    }

    public static BuiltInFigures load(BasePoses bases) {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Written> out = new LinkedHashMap<>();
        for (String name : FILES) {
            String file = FOLDER + name + ".json";
            try (InputStream in = BuiltInFigures.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new FigureException(KeyedProblem.of("problems.builtIn.missing", file));
                }
                try (JsonParser parser = mapper.createParser(in)) {
                    readFile(parser, file, out);
                }
            } catch (IOException e) {
                throw new FigureException(KeyedProblem.of("problems.builtIn.unreadable", file, e), e);
            }
        }
        return new BuiltInFigures(new FigureJson(bases), out);
    }

    /** {"exercises": [{"id": ..., "figure": {...}, ...}, ...], ...}: the figures, everything else skipped. */
    private static void readFile(JsonParser parser, String file, Map<String, Written> out) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("exercises") && value == JsonToken.START_ARRAY) {
                for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                    if (item == JsonToken.START_OBJECT) {
                        readExercise(parser, file, out);
                    } else {
                        parser.skipChildren();
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void readExercise(JsonParser parser, String file, Map<String, Written> out) throws IOException {
        String id = "";
        JsonNode figure = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            if (field.equals("id")) {
                id = parser.getValueAsString("");
            } else if (field.equals("figure")) {
                figure = parser.readValueAsTree();
            } else {
                parser.skipChildren();
            }
        }
        if (figure != null) {
            out.put(id, new Written(file, figure));
        }
    }

    public Optional<Figure> find(String exerciseId) {
        Written figure = written.get(exerciseId);
        return figure == null ? Optional.empty() : Optional.of(made.computeIfAbsent(exerciseId, id -> make(id, figure)));
    }

    private Figure make(String id, Written figure) {
        try {
            return json.read(figure.node());
        } catch (FigureException e) {
            throw new FigureException(KeyedProblem.of("problems.figure.builtIn", figure.file(), id, e), e);
        }
    }

    /** All figures by exercise id, in library order. */
    public Map<String, Figure> all() {
        Map<String, Figure> all = new LinkedHashMap<>();
        written.keySet().forEach(id -> all.put(id, find(id).orElseThrow()));
        return Collections.unmodifiableMap(all);
    }
}
