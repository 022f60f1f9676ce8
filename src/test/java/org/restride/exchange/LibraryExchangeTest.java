package org.restride.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.domain.Exercise;
import org.restride.domain.TestExercises;

class LibraryExchangeTest {
    @TempDir
    Path folder;

    @Test
    void theClinicsLibraryTravelsAsOneFileAndADuplicateIsAskedAbout() {
        Path file = folder.resolve("our-library" + ExchangeFormat.EXTENSION);
        Exercise wallSit = TestExercises.exercise("own-wall-sit", "Wall sit");
        Exercise step = TestExercises.exercise("own-step-up", "Step-up, our way").withArchived(true);
        try (Workspace sender = Workspace.open(folder.resolve("sender"))) {
            sender.exercises().save(wallSit);
            sender.exercises().save(step);
            assertEquals(2, new LibraryExchange(WorkspaceDatabase.of(sender)).exportTo(file));
        }
        assertTrue(ExchangeFormat.looksLikeZip(file));
        try (Workspace receiver = Workspace.open(folder.resolve("receiver"))) {
            Exercise theirs = TestExercises.exercise("own-wall-sit", "Their wall sit");
            receiver.exercises().save(theirs);
            LibraryExchange exchange = new LibraryExchange(WorkspaceDatabase.of(receiver));

            ImportOutcome.Duplicate asked = assertInstanceOf(ImportOutcome.Duplicate.class, exchange.importFrom(file, DuplicateChoice.ASK));
            assertEquals(1, asked.clashes().size());
            assertTrue(receiver.exercises().find("own-step-up").isEmpty(), "nothing written while asking");

            ImportOutcome.Imported skipped = assertInstanceOf(ImportOutcome.Imported.class,
                    exchange.importFrom(file, DuplicateChoice.SKIP));
            assertEquals(new ImportOutcome.Imported(null, false, 1, 0, 0, 1), skipped);
            assertEquals(step, receiver.exercises().find("own-step-up").orElseThrow(), "archived state travels too");
            assertEquals(theirs, receiver.exercises().find("own-wall-sit").orElseThrow());

            ImportOutcome.Imported replaced = assertInstanceOf(ImportOutcome.Imported.class,
                    exchange.importFrom(file, DuplicateChoice.REPLACE));
            assertEquals(new ImportOutcome.Imported(null, false, 0, 1, 1, 0, replaced.keptCopy()), replaced);
            assertTrue(Files.isRegularFile(replaced.keptCopy()), "backed up before replacing");
            assertEquals(wallSit, receiver.exercises().find("own-wall-sit").orElseThrow());
            assertFalse(replaced.describe().isBlank());
        }
    }

    @Test
    void aRoadmapFileIsNotTakenForALibrary() {
        Path file = folder.resolve("roadmap.restride");
        try (Workspace workspace = Workspace.open(folder.resolve("data"))) {
            new RoadmapExchange(WorkspaceDatabase.of(workspace)).exportTemplate("return-to-run", file);
            ExchangeException e = assertThrows(ExchangeException.class,
                    () -> new LibraryExchange(WorkspaceDatabase.of(workspace)).importFrom(file, DuplicateChoice.ASK));
            assertTrue(e.getMessage().contains("(import it with roadmap import)"), e.getMessage());
        }
    }
}
