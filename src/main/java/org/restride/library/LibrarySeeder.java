package org.restride.library;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ExerciseText;
import org.restride.domain.Template;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.store.SettingsRepository;
import org.restride.store.TemplateRepository;

/**
 * Puts the built-in exercises and templates, and the exercises' text in the languages shipped, into a database.
 * Idempotent: built-in rows are updated in place,
 * built-ins no longer shipped are archived (roadmaps may still use them), and the clinic's rows are never touched.
 */
public final class LibrarySeeder {
    static final String FINGERPRINT_KEY = "builtin-fingerprint";

    private final Database db;
    private final BuiltInLibrary library;

    public LibrarySeeder(Database db, BuiltInLibrary library) {
        this.db = db;
        this.library = library;
    }

    /** Seeds if the shipped content differs from what the database holds; returns whether it did. */
    public boolean seedIfChanged() {
        SettingsRepository settings = new SettingsRepository(db);
        if (settings.get(FINGERPRINT_KEY).filter(library.fingerprint()::equals).isPresent()) {
            return false;
        }
        ExerciseRepository exercises = new ExerciseRepository(db);
        TemplateRepository templates = new TemplateRepository(db);
        ExerciseTextRepository exerciseTexts = new ExerciseTextRepository(db);
        // read and check every shipped file before anything is written: a damaged one changes nothing
        library.exercises();
        BuiltInLibrary.translatedLanguages().forEach(library::catalogue);
        db.write(c -> {
            Set<String> retired = new HashSet<>(exercises.idsFrom(ExerciseSource.BUILT_IN));
            Set<String> clinicOwned = exercises.idsFrom(ExerciseSource.CLINIC);
            for (Exercise exercise : library.exercises()) {
                if (clinicOwned.contains(exercise.id())) {
                    continue;
                }
                exercises.save(exercise);
                retired.remove(exercise.id());
            }
            for (String id : retired) {
                exercises.setArchived(id, true);
            }
            for (Template template : library.templates()) {
                templates.save(template);
            }
            Set<String> shipped = new HashSet<>();
            library.exercises().stream().map(Exercise::id).filter(id -> !clinicOwned.contains(id)).forEach(shipped::add);
            for (String language : BuiltInLibrary.translatedLanguages()) {
                Map<String, ExerciseText> texts = new LinkedHashMap<>(library.exerciseTexts(language));
                texts.keySet().removeAll(clinicOwned);
                exerciseTexts.replaceBuiltIn(language, shipped, texts);
            }
            settings.put(FINGERPRINT_KEY, library.fingerprint());
            return null;
        });
        return true;
    }
}
