package org.restride.app.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;

/** The clinic's own exercise gets a Spanish text through the one writer, and loses it again. */
class ExerciseTextEditingTest {
    @TempDir
    Path folder;

    @Test
    void theSpanishTextOfAClinicExerciseIsSavedAndRemovedThroughTheWriter() {
        List<String> failures = new CopyOnWriteArrayList<>();
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
            assertTrue(failures.get(0).contains("no-such-exercise"), failures.get(0));
        }
    }
}
