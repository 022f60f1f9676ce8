package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window keeps every edit: what is typed and not yet committed, and an edit whose save failed. */
class ClosingKeepsEditsTest extends EditorWindowTest {
    @Test
    void aPhaseNameTypedAndNotLeftIsSavedWhenTheWindowCloses(FxRobot fx) {
        typeIn(fx, "#phase-0-name", "Typed then closed");
        assertEquals("Typed then closed", ed.reopened().phases().get(0).name());
    }

    @Test
    void aDosageTypedAndNotLeftIsSavedWhenTheWindowCloses(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        typeIn(fx, "#dosage-rest", "75");
        assertEquals(75, ed.reopened().phases().get(0).items().get(0).dosage().restSeconds());
    }

    /** Renames the first phase while another program holds the database; the message line's words then. */
    private String renameWhileTheDatabaseIsBusy(FxRobot fx) throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + ed.data.resolve("restride.db"));
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            typeIn(fx, "#phase-0-name", "Calm start");
            fx.push(KeyCode.ENTER);
            ed.app.settle();
            String message = ed.message(fx);
            st.execute("ROLLBACK");
            return message;
        }
    }

    @Test
    void anEditWhoseSaveFailedIsWrittenWhenTheWindowCloses(FxRobot fx) throws Exception {
        String message = renameWhileTheDatabaseIsBusy(fx);
        assertTrue(message.startsWith("Not saved"), message);
        assertEquals("Calm start", ed.reopened().phases().get(0).name(), "the edit told as not saved is written on closing");
    }

    @Test
    void aFailedSaveIsToldInPlainWordsShownWhole(FxRobot fx) throws Exception {
        String message = renameWhileTheDatabaseIsBusy(fx);
        assertFalse(message.toLowerCase().contains("sqlite") || message.contains("["), "no raw database words: " + message);
        assertTrue(message.contains("tried again") && message.contains("closing asks first"),
                "it says what happens to the edit, and nothing closing does not do: " + message);
        assertEquals(message, shownText(fx.lookup("#editor-message").queryAs(Label.class)), "shown whole at 1366×768");
    }

    /** The text the label's text node shows (shorter, ending in an ellipsis, when the label is cut). */
    private static String shownText(Label label) {
        String[] shown = {null};
        AppHarness.onFx(() -> {
            label.getScene().getRoot().applyCss();
            label.getScene().getRoot().layout();
            for (Node child : label.getChildrenUnmodifiable()) {
                if (child instanceof Text text) {
                    shown[0] = text.getText();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown[0];
    }
}
