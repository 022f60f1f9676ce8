package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.restride.domain.Roadmap;
import org.restride.ui.RefusingTable;

/**
 * A save that fails (another program holds the database) is told on the editor's message line; the edit stays on
 * screen, and the next save that works writes it too.
 */
class SaveFailureTest extends OpenRoadmapTest {
    @Test
    void aFailedSaveIsToldAndTheEditIsKeptAndWrittenWithTheNextOne() throws Exception {
        String original = saved().phases().get(0).name();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("restride.db"));
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            model.phases().renamePhase(0, "Calm start");
            assertEquals("Calm start", model.roadmapProperty().get().phases().get(0).name(), "shown at once");
            writer.awaitIdle();
            st.execute("ROLLBACK");
        }
        assertTrue(model.messageProperty().get().startsWith("Not saved: "), model.messageProperty().get());
        assertEquals("Calm start", model.roadmapProperty().get().phases().get(0).name(), "the edit is still on screen");
        assertEquals(original, saved().phases().get(0).name(), "the database did not take it");
        assertTrue(model.canUndoProperty().get());

        model.phases().renamePhase(1, "Strong everywhere");
        Roadmap now = saved();
        assertEquals("Calm start", now.phases().get(0).name(), "the next save writes the failed edit too");
        assertEquals("Strong everywhere", now.phases().get(1).name());
        assertEquals(model.roadmapProperty().get(), now);
    }

    /** What closing counts as not saved: every edit since the last save that worked, none once one works again. */
    @Test
    void theEditsNotSavedAreCountedUntilOneSaveWorks() throws Exception {
        assertEquals(0, model.unsavedEdits());
        try (RefusingTable full = RefusingTable.in(folder, "roadmaps")) {
            model.phases().renamePhase(0, "Calm start");
            model.phases().renamePhase(1, "Strong everywhere");
            writer.awaitIdle();
            assertEquals(2, model.unsavedEdits(), "two edits, neither written");
            model.retryUnsaved();
            writer.awaitIdle();
            assertEquals(2, model.unsavedEdits(), "a retry that fails writes nothing");
        }
        model.retryUnsaved();
        assertEquals("Strong everywhere", saved().phases().get(1).name());
        assertEquals(0, model.unsavedEdits(), "written whole by the retry");

        try (RefusingTable full = RefusingTable.in(folder, "roadmaps")) {
            model.phases().renamePhase(0, "Gentle start");
            writer.awaitIdle();
            assertEquals(1, model.unsavedEdits());
        }
        model.forgetUnsaved();
        assertEquals(0, model.unsavedEdits(), "let go when she closes without it");
        assertFalse(model.unsavedProperty().get(), "and not tried again");
    }
}
