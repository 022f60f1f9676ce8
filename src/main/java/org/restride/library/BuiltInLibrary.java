package org.restride.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restride.codec.CriterionJson;
import org.restride.codec.PhaseJson;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;

/** The exercises, readiness criteria and templates that ship inside Restride. */
public final class BuiltInLibrary {
    static final List<String> EXERCISE_FILES = List.of("foundation", "strength", "impact", "running", "lifting", "tests");

    private final List<Exercise> exercises;
    private final Map<String, Criterion> criteria;
    private final List<Template> templates;
    private final String fingerprint;

    private BuiltInLibrary(List<Exercise> exercises, Map<String, Criterion> criteria, List<Template> templates,
                           String fingerprint) {
        this.exercises = List.copyOf(exercises);
        this.criteria = Map.copyOf(criteria);
        this.templates = List.copyOf(templates);
        this.fingerprint = fingerprint;
    }

    /** Reads and checks the built-in content. A problem here is a bug in the shipped files. */
    public static BuiltInLibrary load() {
        ObjectMapper mapper = new ObjectMapper();
        MessageDigest digest = sha256();
        List<Exercise> exercises = new ArrayList<>();
        for (String name : EXERCISE_FILES) {
            String file = "exercises/" + name + ".json";
            exercises.addAll(ExerciseRows.read(readTree(mapper, digest, file), file, ExerciseSource.BUILT_IN));
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (JsonNode node : readTree(mapper, digest, "criteria.json").get("criteria")) {
            Criterion criterion = CriterionJson.read(node);
            criteria.put(criterion.key(), criterion);
        }
        Map<String, Dosage> dosages = exercises.stream().collect(Collectors.toMap(Exercise::id, Exercise::defaultDosage));
        List<Template> templates = new ArrayList<>();
        for (JsonNode node : readTree(mapper, digest, "templates.json").get("templates")) {
            templates.add(readTemplate(node, new PhaseJson.Lookup(dosages, criteria)));
        }
        return new BuiltInLibrary(exercises, criteria, templates, HexFormat.of().formatHex(digest.digest()));
    }

    private static Template readTemplate(JsonNode node, PhaseJson.Lookup lookup) {
        String key = node.path("key").asText("?");
        try {
            List<JsonNode> phaseNodes = new ArrayList<>();
            node.path("phases").forEach(phaseNodes::add);
            return new Template(key, node.path("title").asText(null), node.path("goal").asText(null), true,
                    PhaseJson.readAll(phaseNodes, lookup));
        } catch (ValidationException e) {
            throw new LibraryException("templates.json: template \"" + key + "\": " + e.getMessage());
        }
    }

    private static JsonNode readTree(ObjectMapper mapper, MessageDigest digest, String file) {
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new LibraryException("The built-in file " + file + " is missing.");
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            return mapper.readTree(bytes);
        } catch (IOException e) {
            throw new LibraryException("The built-in file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public List<Exercise> exercises() {
        return exercises;
    }

    public Map<String, Exercise> exercisesById() {
        return exercises.stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
    }

    /** The readiness tests, keyed by criterion key, in the order of CLINICAL.md. */
    public Map<String, Criterion> criteria() {
        return criteria;
    }

    public List<Template> templates() {
        return templates;
    }

    /** Changes whenever any shipped file changes; seeding is skipped while it matches the database's. */
    public String fingerprint() {
        return fingerprint;
    }
}
