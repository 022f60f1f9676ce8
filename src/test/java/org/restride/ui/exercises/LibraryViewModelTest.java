package org.restride.ui.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;
import org.restride.ui.RefusingTable;

/** The Library section without the toolkit: new and copied exercises show at once and are written in the background. */
class LibraryViewModelTest extends LibraryBench {

    private boolean stored(Exercise e) {
        writer.awaitIdle();
        return workspace.exercises().find(e.id()).isPresent();
    }

    @Test
    void twoNewExercisesInARowGetTwoIds() {
        Exercise first = library.createOwn();
        Exercise second = library.createOwn();
        assertTrue(!first.id().equals(second.id()), first.id());
        assertTrue(stored(first) && stored(second));
    }

    @Test
    void anEditThatCannotBeWrittenIsToldAndKeptOnScreen() throws Exception {
        Exercise own = library.createOwn();
        writer.awaitIdle();
        Exercise renamed = own.copyForClinic(own.id(), "Wall sit, short");
        try (RefusingTable full = RefusingTable.in(dataFolder(), "exercises")) {
            assertTrue(library.save(() -> renamed).isPresent());
            writer.awaitIdle();
        }
        assertTrue(library.messageProperty().get().startsWith("Not saved: "), library.messageProperty().get());
        assertEquals("Wall sit, short", library.selectedProperty().get().name(), "the edit is still on screen");
        assertEquals(own.name(), workspace.exercises().find(own.id()).orElseThrow().name(), "the database kept the old one");

        library.save(() -> renamed);
        writer.awaitIdle();
        assertEquals("Wall sit, short", workspace.exercises().find(own.id()).orElseThrow().name(), "saved when tried again");
    }
}
