package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Exercise;
import org.restride.domain.TestExercises;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.SettingsRepository;
import org.restride.store.TemplateRepository;

class SeedingTest {
    @TempDir
    Path folder;

    @Test
    void seedingTwiceChangesNothing() {
        BuiltInLibrary library = BuiltInLibrary.load();
        try (Database db = Database.openFolder(folder)) {
            assertTrue(new LibrarySeeder(db, library).seedIfChanged());
            int exercises = new ExerciseRepository(db).count();
            assertEquals(library.exercises().size(), exercises);
            assertEquals(library.templates().size(), new TemplateRepository(db).all().size());
            assertFalse(new LibrarySeeder(db, library).seedIfChanged());
            new SettingsRepository(db).put(LibrarySeeder.FINGERPRINT_KEY, "an older version");
            assertTrue(new LibrarySeeder(db, library).seedIfChanged());
            assertEquals(exercises, new ExerciseRepository(db).count());
            assertEquals(library.templates().size(), new TemplateRepository(db).all().size());
        }
    }

    @Test
    void anUpgradeUpdatesBuiltInsInPlaceAndLeavesTheClinicsOwnAlone() {
        BuiltInLibrary library = BuiltInLibrary.load();
        try (Database db = Database.openFolder(folder)) {
            new LibrarySeeder(db, library).seedIfChanged();
            ExerciseRepository repo = new ExerciseRepository(db);
            Exercise builtIn = library.exercises().get(0);
            Exercise staleBuiltIn = TestExercises.exercise(builtIn.id(), "An old name", builtIn.phases().get(0),
                    builtIn.region(), builtIn.position(), builtIn.source());
            repo.save(staleBuiltIn);
            Exercise clinicCopy = builtIn.copyForClinic("own-" + builtIn.id(), "Our version");
            repo.save(clinicCopy);
            Exercise retired = TestExercises.exercise("retired-exercise", "No longer shipped", builtIn.phases().get(0),
                    builtIn.region(), builtIn.position(), builtIn.source());
            repo.save(retired);
            new SettingsRepository(db).put(LibrarySeeder.FINGERPRINT_KEY, "an older version");

            new LibrarySeeder(db, library).seedIfChanged();

            assertEquals(builtIn, repo.find(builtIn.id()).orElseThrow());
            assertEquals(clinicCopy, repo.find(clinicCopy.id()).orElseThrow());
            assertTrue(repo.find("retired-exercise").orElseThrow().archived(), "a retired built-in is archived, not deleted");
        }
    }
}
