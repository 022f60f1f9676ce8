package org.restride.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Problems;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.store.StoreException;
import org.restride.text.Words;

/** The clinic's own exercise gets a Spanish text through the one writer, and loses it again. */
class ExerciseTextEditingTest {
    @TempDir
    Path folder;

    @Test
    void theSpanishTextOfAClinicExerciseIsSavedAndRemovedThroughTheWriter() {
        List<RuntimeException> failures = new CopyOnWriteArrayList<>();
        try (Workspace workspace = Workspace.open(folder, Clock.systemUTC()); Writer writer = new Writer(Runnable::run)) {
            Exercise own = workspace.builtIn().exercises().get(0).copyForClinic("our-breath", "Our breath");
            workspace.exercises().save(own);
            LibraryEditing editing = workspace.libraryEditing(writer);
            ExerciseText text = new ExerciseText("Nuestra respiración", "Respire despacio.", List.of("Inhale.", "Exhale."),
                    List.of(), List.of(), List.of(), null, null);
            editing.saveText("our-breath", "es", text, () -> { }, failures::add);
            writer.awaitIdle();
            assertEquals(text, editing.text("our-breath", "es").orElseThrow());

            editing.saveText("our-breath", "es", null, () -> { }, failures::add);
            editing.saveText("no-such-exercise", "es", text, () -> { }, failures::add);
            writer.awaitIdle();
            assertTrue(editing.text("our-breath", "es").isEmpty(), "removed: it prints in English again");
            assertEquals(1, failures.size());
            StoreException failure = assertInstanceOf(StoreException.class, failures.get(0));
            assertEquals("problems.store.noExercise", failure.keyed().key(), "told by key, in words by the window");
            String said = Problems.sentence(Words.english(), failure);
            assertTrue(said.contains("no-such-exercise"), said);
        }
    }
}
