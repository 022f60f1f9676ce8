package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;

/**
 * Tab into any of the editor's text boxes selects what it holds, as in the one-line fields, so typing never goes in
 * front of the saved text; a click keeps its own caret.
 */
class TabIntoTextBoxesTest extends EditorWindowTest {
    private static final String SAVED = "Keep the breath easy.";

    /**
     * Gives the box a saved text, then puts the keyboard in {@code from} and presses Tab (Shift+Tab if {@code back}):
     * the box must have the keyboard then.
     */
    private TextInputControl tabInto(FxRobot fx, String from, String box, boolean back) {
        TextInputControl field = typeIn(fx, box, SAVED);
        fx.push(KeyCode.TAB);
        ed.focus(fx.lookup(from).query());
        if (back) {
            fx.push(KeyCode.SHIFT, KeyCode.TAB);
        } else {
            fx.push(KeyCode.TAB);
        }
        assertEquals(field, ed.focusOwner(), "Tab from " + from + " goes to " + box);
        return field;
    }

    private TextInputControl tabInto(FxRobot fx, String from, String box) {
        return tabInto(fx, from, box, false);
    }

    /** Tab in, then "Slowly.": it replaces the selected text, and the caret ends after it. */
    private void typingReplaces(FxRobot fx, TextInputControl field) {
        assertEquals(SAVED, field.getSelectedText(), "all selected on Tab");
        assertEquals(SAVED.length(), field.getCaretPosition(), "the caret at the end");
        fx.write("Slowly.");
        assertEquals("Slowly.", field.getText());
    }

    @Test
    void tabIntoTheDoseNoteSelectsItsText(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        typingReplaces(fx, tabInto(fx, "#dosage-tempo", "#dosage-note"));
    }

    @Test
    void shiftTabBackIntoTheTempoSelectsItsText(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        typingReplaces(fx, tabInto(fx, "#dosage-note", "#dosage-tempo", true));
    }

    @Test
    void tabIntoTheNoteToHerSelectsItsText(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        typingReplaces(fx, tabInto(fx, "#dosage-note", "#item-note"));
    }

    @Test
    void tabIntoThePhasePurposeSelectsItsText(FxRobot fx) {
        typingReplaces(fx, tabInto(fx, "#phase-0-actions", "#phase-0-purpose"));
    }

    @Test
    void aClickInTheDoseNoteKeepsItsCaretWhereClicked(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        TextInputControl note = tabInto(fx, "#dosage-tempo", "#dosage-note");
        ed.focus(fx.lookup("#dosage-tempo").query());
        fx.clickOn(note);
        assertEquals(note, ed.focusOwner());
        assertEquals("", note.getSelectedText(), "a click selects nothing");
        int[] caret = {-1};
        AppHarness.onFx(() -> caret[0] = note.getCaretPosition());
        assertTrue(caret[0] >= 0 && caret[0] <= SAVED.length(), "caret at " + caret[0]);
    }
}
