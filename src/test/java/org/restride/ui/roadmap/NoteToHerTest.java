package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;

/** The note to her: a note too long to save keeps what she typed, says why, and is said lost if she moves on. */
class NoteToHerTest extends EditorWindowTest {
    private String savedNote() {
        return ed.saved().phases().get(0).items().get(0).note();
    }

    @Test
    void longItemNoteThenAnotherExercise(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        String before = savedNote();
        TextInputControl note = fx.lookup("#item-note").query();
        ed.focus(note);
        AppHarness.onFx(() -> note.setText("y".repeat(10_000)));
        fx.push(KeyCode.TAB);
        ed.app.settle();
        assertEquals(before, savedNote(), "not saved");
        assertTrue(ed.message(fx).contains("4000"), "says why: " + ed.message(fx));
        assertEquals(10_000, note.getText().length(), "the box keeps what she typed, so she can trim it");

        ed.focusItem(fx, 0, 1);
        assertTrue(ed.message(fx).contains("Not saved") && ed.message(fx).contains("4000"), "told: " + ed.message(fx));
        ed.focusItem(fx, 0, 0);
        assertEquals(before == null ? "" : before, note.getText(), "the saved note shows again");
    }

    @Test
    void aTrimmedNoteIsSaved(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        TextInputControl note = fx.lookup("#item-note").query();
        ed.focus(note);
        AppHarness.onFx(() -> note.setText("y".repeat(4001)));
        fx.push(KeyCode.TAB);
        ed.app.settle();
        ed.focus(note);
        AppHarness.onFx(() -> note.setText("y".repeat(4000)));
        fx.push(KeyCode.TAB);
        ed.app.settle();
        assertEquals("y".repeat(4000), savedNote());
    }
}
