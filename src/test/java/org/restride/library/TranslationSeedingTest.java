package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ExerciseText;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.domain.TestExercises;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.store.SettingsRepository;

/** The seeder puts the built-in exercises' Spanish from library/es/exercises into the database with the English. */
class TranslationSeedingTest {
    private static final List<String> IDS = List.of("breathing-360-lying", "breathing-360-sitting", "breathing-360-standing");

    @TempDir
    Path folder;

    @Test
    void seedingReadsTheSpanishFilesBesideTheEnglish() {
        BuiltInLibrary library = BuiltInLibrary.load(SpanishSample.files());
        try (Database db = Database.openFolder(folder)) {
            new LibrarySeeder(db, library).seedIfChanged();
            Map<String, ExerciseText> texts = new ExerciseTextRepository(db).findAll(IDS, "es");
            assertEquals(List.of("breathing-360-lying", "breathing-360-sitting"), List.copyOf(texts.keySet()),
                    "the sample's two exercises, and none for the one it leaves out");
            ExerciseText lying = texts.get("breathing-360-lying");
            assertEquals("Respiración 360°, acostada", lying.name());
            assertEquals(3, lying.steps().size());
            assertEquals("unos 4 s al inhalar, 6 s al exhalar", lying.tempo());
            Exercise english = new ExerciseRepository(db).find("breathing-360-lying").orElseThrow();
            assertEquals(library.exercisesById().get("breathing-360-lying"), english, "the English is kept as it is");
            assertEquals(Map.of(), new ExerciseTextRepository(db).findAll(IDS, "fr"));
        }
    }

    @Test
    void withoutSpanishFilesTheEnglishIsSeededAsBefore() {
        BuiltInLibrary library = BuiltInLibrary.load(Map.of());
        try (Database db = Database.openFolder(folder)) {
            assertTrue(new LibrarySeeder(db, library).seedIfChanged());
            assertEquals(library.exercises().size(), new ExerciseRepository(db).count());
            assertEquals(Map.of(), new ExerciseTextRepository(db).findAll(IDS, "es"));
        }
    }

    @Test
    void theSpanishFilesAreInTheFingerprintSoAChangedTranslationIsSeededAgain() {
        try (Database db = Database.openFolder(folder)) {
            new LibrarySeeder(db, BuiltInLibrary.load(SpanishSample.files())).seedIfChanged();
            BuiltInLibrary changed = BuiltInLibrary.load(SpanishSample.withFoundation(
                    "Respiración 360°, sentada", "Respiración amplia, sentada"));
            assertTrue(new LibrarySeeder(db, changed).seedIfChanged());
            assertEquals("Respiración amplia, sentada",
                    new ExerciseTextRepository(db).find("breathing-360-sitting", "es").orElseThrow().name());
        }
    }

    @Test
    void aTranslationDroppedFromTheFilesIsRemovedButTheClinicsOwnAndARetiredOnesAreKept() {
        try (Database db = Database.openFolder(folder)) {
            new LibrarySeeder(db, BuiltInLibrary.load(SpanishSample.files())).seedIfChanged();
            ExerciseRepository exercises = new ExerciseRepository(db);
            Exercise own = exercises.find("breathing-360-lying").orElseThrow().copyForClinic("our-breath", "Our breath");
            exercises.save(own);
            ExerciseTextRepository texts = new ExerciseTextRepository(db);
            ExerciseText ours = new ExerciseText("Nuestra respiración", null, List.of(), List.of(), List.of(), List.of(),
                    null, null);
            texts.save("our-breath", "es", ours);
            Exercise retired = TestExercises.exercise("retired-breath", "An old breath", PhaseKind.FOUNDATION,
                    Region.CORE, Position.LYING, ExerciseSource.BUILT_IN);
            exercises.save(retired);
            texts.save("retired-breath", "es", ours);

            new LibrarySeeder(db, BuiltInLibrary.load(Map.of())).seedIfChanged();

            assertTrue(texts.find("breathing-360-lying", "es").isEmpty());
            assertEquals(ours, texts.find("our-breath", "es").orElseThrow());
            assertTrue(exercises.find("retired-breath").orElseThrow().archived());
            assertEquals(ours, texts.find("retired-breath", "es").orElseThrow(),
                    "a retired built-in keeps its text with its English, for the roadmaps that still use it");
        }
    }

    @Test
    void aDamagedSpanishFileIsRefusedByFileAndExerciseAndNothingIsWritten() {
        String longName = "Respiración 360°, sentada" + " muy despacio".repeat(6);
        List<Map<String, byte[]>> damaged = List.of(
                SpanishSample.withFoundation("Respiración 360°, sentada", longName),
                SpanishSample.withFoundation("\"Exhale despacio. Las costillas se cierran y el suelo pélvico vuelve a subir solo.\"",
                        "\"Exhale despacio.\", \"Una línea de más.\""),
                SpanishSample.withFoundation("\"id\": \"breathing-360-sitting\"", "\"id\": \"breathing-in-a-bag\""),
                SpanishSample.withFoundation("\"tempo\": \"unos 4 s al inhalar, 6 s al exhalar\",\n   \"note\": \"Pruébela",
                        "\"tempo\": \"unos 4 s al inhalar, 6 s al exhalar, muy muy despacio siempre, sin prisa alguna\","
                                + "\n   \"note\": \"Pruébela"),
                SpanishSample.withFoundation("\"cues\": [\"Siéntese", "\"pictures\": [], \"cues\": [\"Siéntese"));
        List<String> expected = List.of("(\"breathing-360-sitting\"): name must be at most 80 characters",
                "(\"breathing-360-sitting\"): steps has 6 lines; the English has 5",
                "(\"breathing-in-a-bag\"): id is not a built-in exercise",
                "(\"breathing-360-sitting\"): tempo must be at most 60 characters",
                "\"pictures\" is not a field");
        try (Database db = Database.openFolder(folder)) {
            BuiltInLibrary good = BuiltInLibrary.load(SpanishSample.files());
            new LibrarySeeder(db, good).seedIfChanged();
            ExerciseTextRepository texts = new ExerciseTextRepository(db);
            ExerciseText before = texts.find("breathing-360-sitting", "es").orElseThrow();
            for (int i = 0; i < damaged.size(); i++) {
                LibrarySeeder seeder = new LibrarySeeder(db, BuiltInLibrary.load(damaged.get(i)));
                LibraryException e = assertThrows(LibraryException.class, seeder::seedIfChanged);
                assertTrue(e.getMessage().startsWith("es/exercises/foundation.json: row 2"), e.getMessage());
                assertTrue(e.getMessage().contains(expected.get(i)), e.getMessage());
                assertEquals(before, texts.find("breathing-360-sitting", "es").orElseThrow(), "nothing half-written");
                assertEquals(good.fingerprint(), new SettingsRepository(db).get(LibrarySeeder.FINGERPRINT_KEY).orElseThrow());
            }
        }
    }

    @Test
    void aFileThatIsNotJsonIsRefusedByName() {
        BuiltInLibrary library = BuiltInLibrary.load(Map.of("es/exercises/foundation.json",
                "{\"language\": \"es\", \"exercises\": [".getBytes(StandardCharsets.UTF_8)));
        try (Database db = Database.openFolder(folder)) {
            LibraryException e = assertThrows(LibraryException.class, () -> new LibrarySeeder(db, library).seedIfChanged());
            assertTrue(e.getMessage().contains("es/exercises/foundation.json is not readable JSON"), e.getMessage());
            assertFalse(new SettingsRepository(db).get(LibrarySeeder.FINGERPRINT_KEY).isPresent());
            assertEquals(0, new ExerciseRepository(db).count(), "not even the English is half-seeded");
        }
    }
}
