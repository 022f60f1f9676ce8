package org.restride.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restride.codec.CriterionJson;
import org.restride.codec.PhaseJson;
import org.restride.codec.Refusals;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ExerciseText;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.text.KeyedProblem;

/**
 * The exercises, readiness criteria and templates that ship inside Restride. {@link #load} only reads the files
 * and fingerprints them, which is all a start needs when the database is already seeded; the content is parsed
 * and checked the first time it is asked for.
 */
public final class BuiltInLibrary {
    static final List<String> EXERCISE_FILES = List.of("foundation", "strength", "impact", "running", "lifting", "tests");

    /** The parsed content. */
    private record Content(List<Exercise> exercises, Map<String, Criterion> criteria, List<Template> templates) {
    }

    private final String fingerprint;
    private Map<String, byte[]> files;
    private Content content;
    private final BuiltInTranslations translations;
    private final Map<String, BuiltInTranslations.Translation> translated = new HashMap<>();

    private BuiltInLibrary(Map<String, byte[]> files, Map<String, byte[]> translationFiles, String fingerprint) {
        this.files = files;
        this.translations = new BuiltInTranslations(translationFiles);
        this.fingerprint = fingerprint;
    }

    /** Reads the built-in files. A problem in them is a bug in the shipped files. */
    public static BuiltInLibrary load() {
        Map<String, byte[]> translationFiles = new LinkedHashMap<>();
        for (String language : BuiltInTranslations.LANGUAGES) {
            for (String name : BuiltInTranslations.fileNames(language)) {
                byte[] bytes = readOptionalBytes(name);
                if (bytes != null) {
                    translationFiles.put(name, bytes);
                }
            }
        }
        return load(translationFiles);
    }

    /** The shipped English with these language files (by name relative to the library, "es/criteria.json"). */
    static BuiltInLibrary load(Map<String, byte[]> translationFiles) {
        List<String> names = new ArrayList<>();
        EXERCISE_FILES.forEach(name -> names.add("exercises/" + name + ".json"));
        names.add("criteria.json");
        names.add("templates.json");
        MessageDigest digest = sha256();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : names) {
            byte[] bytes = readBytes(name);
            digest.update(bytes);
            files.put(name, bytes);
        }
        translationFiles.forEach((name, bytes) -> {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
        });
        return new BuiltInLibrary(files, Map.copyOf(translationFiles), HexFormat.of().formatHex(digest.digest()));
    }

    /** A language file, or null when the language has none of that name (that part stays in English). */
    private static byte[] readOptionalBytes(String file) {
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream(file)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readNBytes(BuiltInTranslations.MAX_FILE_BYTES + 1);
            if (bytes.length > BuiltInTranslations.MAX_FILE_BYTES) {
                throw new LibraryException(KeyedProblem.of("problems.builtIn.tooLarge", file,
                        BuiltInTranslations.MAX_FILE_BYTES / (1024 * 1024)));
            }
            return bytes;
        } catch (IOException e) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.unreadable", file, e), e);
        }
    }

    private synchronized Content content() {
        if (content == null) {
            content = parse(files);
            files = null;
        }
        return content;
    }

    private static Content parse(Map<String, byte[]> files) {
        ObjectMapper mapper = new ObjectMapper();
        List<Exercise> exercises = new ArrayList<>();
        for (String name : EXERCISE_FILES) {
            String file = "exercises/" + name + ".json";
            exercises.addAll(ExerciseRows.read(readTree(mapper, files, file), file, ExerciseSource.BUILT_IN));
        }
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        for (JsonNode node : readTree(mapper, files, "criteria.json").get("criteria")) {
            Criterion criterion = CriterionJson.read(node);
            criteria.put(criterion.key(), criterion);
        }
        Map<String, Dosage> dosages = exercises.stream().collect(Collectors.toMap(Exercise::id, Exercise::defaultDosage));
        List<Template> templates = new ArrayList<>();
        for (JsonNode node : readTree(mapper, files, "templates.json").get("templates")) {
            templates.add(readTemplate(node, new PhaseJson.Lookup(dosages, criteria)));
        }
        return new Content(List.copyOf(exercises), Collections.unmodifiableMap(criteria), List.copyOf(templates));
    }

    private static Template readTemplate(JsonNode node, PhaseJson.Lookup lookup) {
        String key = node.path("key").asText("?");
        try {
            List<JsonNode> phaseNodes = new ArrayList<>();
            node.path("phases").forEach(phaseNodes::add);
            return new Template(key, node.path("title").asText(null), node.path("goal").asText(null), true,
                    PhaseJson.readAll(phaseNodes, lookup));
        } catch (ValidationException e) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.template", key, Refusals.of(e)), e);
        }
    }

    private static JsonNode readTree(ObjectMapper mapper, Map<String, byte[]> files, String file) {
        try {
            return mapper.readTree(files.get(file));
        } catch (IOException e) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.unreadable", file, e), e);
        }
    }

    private static byte[] readBytes(String file) {
        try (InputStream in = BuiltInLibrary.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new LibraryException(KeyedProblem.of("problems.builtIn.missing", file));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.unreadable", file, e), e);
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
        return content().exercises();
    }

    public Map<String, Exercise> exercisesById() {
        return exercises().stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
    }

    /** The readiness tests, keyed by criterion key, in the order of CLINICAL.md. */
    public Map<String, Criterion> criteria() {
        return content().criteria();
    }

    public List<Template> templates() {
        return content().templates();
    }

    /** The languages other than English the built-in content ships in (some files may still be missing). */
    public static List<String> translatedLanguages() {
        return BuiltInTranslations.LANGUAGES;
    }

    /** The built-in exercises' text in the language, by id; empty for a language with no files. */
    public Map<String, ExerciseText> exerciseTexts(String language) {
        return translation(language).exercises();
    }

    /** The built-in template and test texts in the language, by their English. */
    public TextCatalogue catalogue(String language) {
        return translation(language).catalogue();
    }

    private BuiltInTranslations.Translation translation(String language) {
        exercises(); // the English first: the translations are checked against it
        synchronized (translated) {
            return translated.computeIfAbsent(language, code -> translations.read(code, this));
        }
    }

    /** Changes whenever any shipped file changes; seeding is skipped while it matches the database's. */
    public String fingerprint() {
        return fingerprint;
    }
}
