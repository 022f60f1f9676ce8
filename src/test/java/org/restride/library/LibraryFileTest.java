package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.TestExercises;
import org.restride.store.Database;
import org.restride.store.ExerciseRepository;

class LibraryFileTest {
    @TempDir
    Path folder;
    Database db;
    ExerciseRepository repo;

    @BeforeEach
    void open() {
        db = Database.openFolder(folder.resolve("data"));
        new LibrarySeeder(db, BuiltInLibrary.load()).seedIfChanged();
        repo = new ExerciseRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theClinicsExercisesRoundTripThroughAFile() throws Exception {
        Exercise own = TestExercises.exercise("own-wall-sit", "Wall sit");
        Exercise copy = repo.find("goblet-squat").orElseThrow().copyForClinic("own-goblet-squat", "Goblet squat, our way");
        repo.save(own);
        repo.save(copy);
        Path file = folder.resolve("ours.json");
        assertEquals(2, new LibraryFile(db).exportTo(file));

        try (Database other = Database.openFolder(folder.resolve("other"))) {
            new LibrarySeeder(other, BuiltInLibrary.load()).seedIfChanged();
            LibraryFile.ImportResult result = new LibraryFile(other).importFrom(file);
            assertEquals(new LibraryFile.ImportResult(2, 0), result);
            ExerciseRepository otherRepo = new ExerciseRepository(other);
            assertEquals(own, otherRepo.find("own-wall-sit").orElseThrow());
            assertEquals(copy, otherRepo.find("own-goblet-squat").orElseThrow());
            assertEquals(new LibraryFile.ImportResult(0, 2), new LibraryFile(other).importFrom(file), "never doubled");
        }
    }

    @Test
    void aBadRowRejectsTheWholeFileNamingRowAndField() throws Exception {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, """
                {"exercises": [
                  %s,
                  %s
                ]}""".formatted(row("own-one", 3), row("own-two", 0)));
        int before = repo.count();
        LibraryException e = assertThrows(LibraryException.class, () -> new LibraryFile(db).importFrom(file));
        assertEquals("bad.json: row 2 (\"own-two\"): dosage.sets must be between 1 and 10 (was 0).", e.getMessage());
        assertEquals(before, repo.count());
        assertTrue(repo.find("own-one").isEmpty(), "nothing from a rejected file is imported");
    }

    @Test
    void otherBadFilesAreRejectedWithAPlainMessageAndNothingChanges() throws Exception {
        int before = repo.count();
        List<String> bodies = List.of(
                "not json at all",
                "{\"nothing\": []}",
                "{\"version\": 99, \"exercises\": []}",
                "{\"exercises\": [" + row("goblet-squat", 3) + "]}",
                "{\"exercises\": [" + row("own-a", 3) + ", " + row("own-a", 3) + "]}",
                "{\"exercises\": [" + row("own-a", 3).replace("\"easier\": null", "\"easier\": \"nowhere\"") + "]}",
                "{\"exercises\": [" + row("own-a", 3).replace("\"region\": \"hips\"", "\"region\": \"elbow\"") + "]}");
        List<String> expected = List.of("is not a valid library file", "no \"exercises\" list", "newer Restride",
                "id of a built-in exercise", "id is used twice", "easier names \"nowhere\"", "row 1 (\"own-a\"): region must be one of");
        for (int i = 0; i < bodies.size(); i++) {
            Path file = folder.resolve("bad" + i + ".json");
            Files.writeString(file, bodies.get(i));
            LibraryException e = assertThrows(LibraryException.class, () -> new LibraryFile(db).importFrom(file));
            assertTrue(e.getMessage().contains(expected.get(i)), e.getMessage());
        }
        assertEquals(before, repo.count());
        assertEquals(ExerciseSource.BUILT_IN, repo.find("goblet-squat").orElseThrow().source());
    }

    @Test
    void aFailedExportLeavesTheOldFileWhole() throws Exception {
        Path file = folder.resolve("keep.json");
        Files.writeString(file, "old contents");
        byte[] before = Files.readAllBytes(file);
        assertThrows(LibraryException.class, () -> new LibraryFile(db).exportTo(folder.resolve("no-such-folder").resolve("x.json")));
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    static String row(String id, int sets) {
        return """
                {"id": "%s", "name": "Wall sit", "summary": "Sit against a wall.", "steps": ["Lean on the wall.", "Slide down.", "Hold."],
                 "cues": ["Breathe out", "Feet flat"], "mistakes": ["Holding your breath"], "watchFor": ["Heaviness"],
                 "phases": ["strength"], "equipment": ["wall"], "position": "standing", "impact": "none",
                 "pelvicFloorDemand": "low", "tags": ["wall"], "region": "hips",
                 "dosage": {"sets": %d, "unit": "hold-seconds", "min": 20, "max": null, "eachSide": false, "restSeconds": 30,
                            "timesPerDay": null, "daysPerWeek": 3, "intensity": null, "tempo": null, "note": null},
                 "easier": null, "harder": null}""".formatted(id, sets);
    }
}
