package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Exercise;
import org.restride.domain.TestExercises;
import org.restride.exchange.DuplicateChoice;
import org.restride.exchange.ImportOutcome;
import org.restride.exchange.LibraryExchange;
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
            ImportOutcome.Imported result = (ImportOutcome.Imported) new LibraryExchange(other).importFrom(file, DuplicateChoice.ASK);
            assertEquals(2, result.exercisesAdded());
            ExerciseRepository otherRepo = new ExerciseRepository(other);
            assertEquals(own, otherRepo.find("own-wall-sit").orElseThrow());
            assertEquals(copy, otherRepo.find("own-goblet-squat").orElseThrow());
            ImportOutcome.Imported again = (ImportOutcome.Imported) new LibraryExchange(other).importFrom(file, DuplicateChoice.ASK);
            assertEquals(2, again.exercisesUnchanged(), "never doubled");
        }
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
