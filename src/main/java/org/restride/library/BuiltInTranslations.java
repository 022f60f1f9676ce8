package org.restride.library;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.restride.codec.ExerciseTextJson;
import org.restride.codec.Refusals;
import org.restride.domain.Check;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The built-in content in other languages: {@code library/<language>/exercises/*.json} (one per English file),
 * {@code criteria.json} and {@code templates.json}, aligned with the English line by line. A language's file that
 * is missing leaves that part in English; a damaged one is refused naming the file, the row and the field.
 */
final class BuiltInTranslations {
    /** The languages the built-in content is translated into, each in {@code library/<code>/}. */
    static final List<String> LANGUAGES = List.of("es");
    /** A language file larger than this is refused unread. */
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

    /** One language's translations, read from its files. */
    record Translation(Map<String, ExerciseText> exercises, TextCatalogue catalogue) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, byte[]> files;

    /** @param files the language files present, by name relative to the library ("es/criteria.json") */
    BuiltInTranslations(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Every language file a language may have, by name relative to the library. */
    static List<String> fileNames(String language) {
        List<String> names = new ArrayList<>();
        BuiltInLibrary.EXERCISE_FILES.forEach(name -> names.add(language + "/exercises/" + name + ".json"));
        names.add(language + "/criteria.json");
        names.add(language + "/templates.json");
        return names;
    }

    Translation read(String language, BuiltInLibrary english) {
        if (!LANGUAGES.contains(language)) {
            return new Translation(Map.of(), TextCatalogue.NONE);
        }
        Map<String, Exercise> byId = english.exercisesById();
        Map<String, ExerciseText> exercises = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (String name : BuiltInLibrary.EXERCISE_FILES) {
            String file = language + "/exercises/" + name + ".json";
            JsonNode root = tree(file);
            if (root != null) {
                readExercises(root, file, language, byId, exercises);
            }
        }
        exercises.forEach((id, text) -> {
            Exercise e = byId.get(id);
            pair(texts, e.defaultDosage().tempo(), text.tempo());
            pair(texts, e.defaultDosage().note(), text.note());
        });
        Map<String, String> criteria = readCriteria(language, english.criteria());
        readTemplates(language, english.templates(), texts);
        Map<String, String> englishCriteria = new HashMap<>();
        english.criteria().forEach((key, c) -> englishCriteria.put(key, c.name()));
        return new Translation(Map.copyOf(exercises), new TextCatalogue(texts, criteria, englishCriteria));
    }

    private void readExercises(JsonNode root, String file, String language, Map<String, Exercise> english,
                               Map<String, ExerciseText> out) {
        JsonNode declared = root.get("language");
        if (declared != null && !language.equals(declared.asText())) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.language", file, language,
                    Excerpt.quoted(declared.asText())));
        }
        JsonNode rows = root.get("exercises");
        if (rows == null || !rows.isArray()) {
            throw new LibraryException(KeyedProblem.of("problems.library.noExercises", file));
        }
        Set<String> seen = new HashSet<>();
        int row = 0;
        for (JsonNode node : rows) {
            row++;
            String where = file + ": row " + row + ExerciseRows.describeId(node) + ": ";
            JsonNode idNode = node.get("id");
            Exercise exercise = idNode != null && idNode.isTextual() ? english.get(idNode.asText()) : null;
            if (exercise == null) {
                throw new LibraryException(KeyedProblem.of("problems.builtIn.notBuiltIn", where));
            }
            if (!seen.add(exercise.id())) {
                throw new LibraryException(KeyedProblem.of("problems.library.idTwice", where));
            }
            ExerciseText text;
            try {
                text = ExerciseTextJson.read(node);
            } catch (ValidationException e) {
                throw new LibraryException(KeyedProblem.of("problems.library.refused", where, Refusals.of(e)), e);
            }
            aligned(where, "steps", exercise.steps(), text.steps());
            aligned(where, "cues", exercise.cues(), text.cues());
            aligned(where, "mistakes", exercise.mistakes(), text.mistakes());
            aligned(where, "watchFor", exercise.watchFor(), text.watchFor());
            if (text.tempo() != null && exercise.defaultDosage().tempo() == null
                    || text.note() != null && exercise.defaultDosage().note() == null) {
                throw new LibraryException(KeyedProblem.of("problems.builtIn.extraDosage", where));
            }
            out.put(exercise.id(), text);
        }
    }

    /** Line i translates line i: a list given must have as many lines as the English. */
    private static void aligned(String where, String field, List<String> english, List<String> translated) {
        if (!translated.isEmpty() && translated.size() != english.size()) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.lines", where, field, translated.size(),
                    english.size()));
        }
    }

    private Map<String, String> readCriteria(String language, Map<String, Criterion> english) {
        String file = language + "/criteria.json";
        JsonNode root = tree(file);
        Map<String, String> out = new HashMap<>();
        if (root == null) {
            return out;
        }
        int row = 0;
        for (JsonNode node : root.path("criteria")) {
            row++;
            String key = node.path("key").asText("");
            if (!english.containsKey(key)) {
                throw new LibraryException(KeyedProblem.of("problems.builtIn.notATest", file, row, Excerpt.quoted(key)));
            }
            out.put(key, checked(file + ": row " + row, "name", node.path("name").asText(null), 200));
        }
        return out;
    }

    private void readTemplates(String language, List<Template> english, Map<String, String> texts) {
        String file = language + "/templates.json";
        JsonNode root = tree(file);
        if (root == null) {
            return;
        }
        Map<String, JsonNode> byKey = new HashMap<>();
        root.path("templates").forEach(t -> byKey.put(t.path("key").asText(""), t));
        for (Template template : english) {
            JsonNode t = byKey.get(template.key());
            if (t == null) {
                continue;
            }
            String where = file + ": template " + Excerpt.quoted(template.key());
            pair(texts, template.title(), checked(where, "title", t.path("title").asText(null), 200));
            pair(texts, template.goal(), checked(where, "goal", t.path("goal").asText(null), 500));
            JsonNode phases = t.path("phases");
            if (phases.size() != template.phases().size()) {
                throw new LibraryException(KeyedProblem.of("problems.builtIn.phases", where, phases.size(),
                        template.phases().size()));
            }
            for (int i = 0; i < phases.size(); i++) {
                readPhase(where + ", phase " + (i + 1), template.phases().get(i), phases.get(i), texts);
            }
        }
    }

    private static void readPhase(String where, Phase phase, JsonNode node, Map<String, String> texts) {
        pair(texts, phase.name(), checked(where, "name", node.path("name").asText(null), 120));
        pair(texts, phase.purpose(), checked(where, "purpose", node.path("purpose").asText(null), 2000));
        JsonNode items = node.path("items");
        JsonNode criteria = node.path("criteria");
        if (items.size() != phase.items().size() || criteria.size() != phase.exitCriteria().size()) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.items", where));
        }
        for (int i = 0; i < items.size(); i++) {
            PhaseItem item = phase.items().get(i);
            JsonNode es = items.get(i);
            String at = where + ", item " + (i + 1);
            pair(texts, item.note(), checked(at, "note", es.path("note").asText(null), 4000));
            pair(texts, item.dosage().tempo(), checked(at, "tempo", es.path("tempo").asText(null), Dosage.MAX_TEMPO));
            pair(texts, item.dosage().note(), checked(at, "dosageNote", es.path("dosageNote").asText(null), 2000));
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = phase.exitCriteria().get(i);
            JsonNode es = criteria.get(i);
            if (c.key() == null && es.isObject()) {
                pair(texts, c.name(), checked(where + ", check " + (i + 1), "name", es.path("name").asText(null), 200));
            }
        }
    }

    private static String checked(String where, String field, String value, int limit) {
        try {
            return Check.optionalText(field, value, limit);
        } catch (ValidationException e) {
            throw new LibraryException(KeyedProblem.of("problems.library.refusedAt", where, Refusals.of(e)), e);
        }
    }

    /** English text to its translation; the first translation of a text is kept (the files give one per text). */
    private static void pair(Map<String, String> texts, String english, String translated) {
        if (english != null && translated != null) {
            texts.putIfAbsent(english, translated);
        }
    }

    private JsonNode tree(String file) {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            return null;
        }
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new LibraryException(e.getLocation() == null ? KeyedProblem.of("problems.builtIn.notJson", file)
                    : KeyedProblem.of("problems.builtIn.notJsonAt", file, e.getLocation().getLineNr()), e);
        } catch (IOException e) {
            throw new LibraryException(KeyedProblem.of("problems.builtIn.unreadable", file, e), e);
        }
    }
}
