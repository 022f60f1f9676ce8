package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.restride.ui.RefusingTable;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window while her edits cannot be saved (a read-only folder or a full disk; the tests run as root, so
 * a locked database or a refusing table stands in): the window does not close silently and nothing is thrown. It
 * tries once more, then asks: keep the window open, or close and lose the edits.
 */
class ClosingWithUnsavedEditsTest extends EditorWindowTest {
    private Window window() {
        return ed.app.scene.getWindow();
    }

    private DialogPane question(FxRobot fx) throws Exception {
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> fx.lookup("#closing-unsaved").tryQuery().isPresent());
        return fx.lookup("#closing-unsaved").queryAs(DialogPane.class);
    }

    private void renameAndEnter(FxRobot fx, String name) {
        typeIn(fx, "#phase-0-name", name);
        fx.push(KeyCode.ENTER);
        ed.app.settle();
    }

    @Test
    void closingWhileTheDatabaseIsLockedAsksAndThrowsNothing(FxRobot fx) throws Exception {
        String original = ed.saved().phases().get(0).name();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + ed.data.resolve("restride.db"));
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            renameAndEnter(fx, "Renamed before a failed save");
            String message = ed.message(fx);
            assertTrue(message.startsWith("Not saved"), message);
            assertFalse(message.contains("when you close"), "it promises nothing closing does not do: " + message);

            ed.app.clickCloseBox();
            DialogPane asked = question(fx);
            assertTrue(window().isShowing(), "the window did not close silently");
            assertEquals("1 edit not saved", asked.getHeaderText());
            fx.clickOn("#closing-lose");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window().isShowing());
            st.execute("ROLLBACK");
        }
        String after = ed.reopened().phases().get(0).name();
        assertTrue(after.equals(original) || after.equals("Renamed before a failed save"),
                "the data file holds one roadmap or the other, whole (a retry already on its way may have landed): " + after);
        assertEquals(List.of(), ed.escaped(), "nothing thrown while closing");
    }

    @Test
    void keptOpenTheEditIsSavedOnceTheDiskTakesItAndThenTheWindowCloses(FxRobot fx) throws Exception {
        try (RefusingTable full = RefusingTable.in(ed.data, "roadmaps")) {
            renameAndEnter(fx, "Calm start");
            assertTrue(ed.message(fx).startsWith("Not saved"), ed.message(fx));
            fx.push(KeyCode.CONTROL, KeyCode.Q);
            question(fx);
            fx.clickOn("#closing-keep-open");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(window().isShowing(), "kept open");
            assertEquals("Calm start", EditorWindow.text(fx, "#phase-0-name"), "the edit is still on screen");
        }
        ed.app.clickCloseBox();
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> !window().isShowing());
        assertFalse(fx.lookup("#closing-unsaved").tryQuery().isPresent(), "nothing to ask once it is written");
        assertEquals("Calm start", ed.reopened().phases().get(0).name());
        assertEquals(List.of(), ed.escaped());
    }
}
