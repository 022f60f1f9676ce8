package org.restride.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.Exercise;
import org.restride.text.Words;
import org.restride.ui.DirectTaskRunner;
import org.restride.ui.RefusingTable;
import org.restride.ui.search.ExerciseSearchViewModel;

/** The Library section without the toolkit: new and copied exercises show at once and are written in the background. */
class LibraryViewModelTest {
    @TempDir
    Path folder;
    Workspace workspace;
    final Writer writer = new Writer(Runnable::run);
    LibraryViewModel model;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        model = new LibraryViewModel(workspace.libraryEditing(writer),
                new ExerciseSearchViewModel(workspace.exerciseIndex(), new DirectTaskRunner()), Words.english());
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    private boolean stored(Exercise e) {
        writer.awaitIdle();
        return workspace.exercises().find(e.id()).isPresent();
    }

    @Test
    void twoNewExercisesInARowGetTwoIds() {
        Exercise first = model.createOwn();
        Exercise second = model.createOwn();
        assertTrue(!first.id().equals(second.id()), first.id());
        assertTrue(stored(first) && stored(second));
    }

    @Test
    void anEditThatCannotBeWrittenIsToldAndKeptOnScreen() throws Exception {
        Exercise own = model.createOwn();
        writer.awaitIdle();
        Exercise renamed = own.copyForClinic(own.id(), "Wall sit, short");
        try (RefusingTable full = RefusingTable.in(folder, "exercises")) {
            assertTrue(model.save(() -> renamed).isPresent());
            writer.awaitIdle();
        }
        assertTrue(model.messageProperty().get().startsWith("Not saved: "), model.messageProperty().get());
        assertEquals("Wall sit, short", model.selectedProperty().get().name(), "the edit is still on screen");
        assertEquals(own.name(), workspace.exercises().find(own.id()).orElseThrow().name(), "the database kept the old one");

        model.save(() -> renamed);
        writer.awaitIdle();
        assertEquals("Wall sit, short", workspace.exercises().find(own.id()).orElseThrow().name(), "saved when tried again");
    }
}
