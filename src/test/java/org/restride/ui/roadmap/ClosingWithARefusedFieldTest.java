package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.restride.ui.RefusingTable;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the window while a dose field still shows text she typed that was refused (a tempo over 60 characters):
 * the window does not close silently. It asks, naming what the field breaks: keep it open (the keyboard goes back
 * to that field) or close and lose it.
 */
class ClosingWithARefusedFieldTest extends EditorWindowTest {
    private static final String LONG_TEMPO = "3 seconds down, 1 second hold, 3 seconds up, breathe out on the way up";

    private Window window() {
        return ed.app.scene.getWindow();
    }

    private DialogPane question(FxRobot fx) throws Exception {
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> fx.lookup("#closing-unsaved").tryQuery().isPresent());
        return fx.lookup("#closing-unsaved").queryAs(DialogPane.class);
    }

    @Test
    void theCloseBoxAsksAndKeepOpenPutsTheKeyboardBackInTheRefusedTempo(FxRobot fx) throws Exception {
        String savedTempo = ed.saved().phases().get(0).items().get(0).dosage().tempo();
        ed.focusItem(fx, 0, 0);
        typeIn(fx, "#dosage-tempo", LONG_TEMPO);
        fx.push(KeyCode.TAB);
        ed.app.clickCloseBox();
        DialogPane asked = question(fx);
        assertTrue(window().isShowing(), "the window did not close silently");
        assertEquals("1 change was not kept", asked.getHeaderText());
        assertTrue(asked.getContentText().contains("60"), "it says what the tempo breaks: " + asked.getContentText());
        assertFalse(asked.getContentText().contains("data file"), "no talk of a failed save: " + asked.getContentText());

        fx.push(KeyCode.ENTER); // keep open is the default
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().isShowing(), "kept open");
        assertEquals(LONG_TEMPO, EditorWindow.text(fx, "#dosage-tempo"), "what she typed is still there");
        assertEquals("dosage-tempo", ed.app.scene.getFocusOwner().getId(), "the keyboard is back in the tempo");

        fx.push(KeyCode.ESCAPE); // puts the saved tempo back: nothing left to ask about
        ed.app.clickCloseBox();
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> !window().isShowing());
        assertEquals(savedTempo, ed.reopened().phases().get(0).items().get(0).dosage().tempo());
        assertEquals(List.of(), ed.escaped());
    }

    @Test
    void ctrlQStillInTheRefusedTempoAsksAndCloseAndLoseCloses(FxRobot fx) throws Exception {
        String savedTempo = ed.saved().phases().get(0).items().get(0).dosage().tempo();
        ed.focusItem(fx, 0, 0);
        typeIn(fx, "#dosage-tempo", LONG_TEMPO);
        fx.push(KeyCode.CONTROL, KeyCode.Q);
        DialogPane asked = question(fx);
        assertTrue(window().isShowing(), "the window did not close silently");
        assertEquals("1 change was not kept", asked.getHeaderText());
        assertTrue(asked.getContentText().contains("60"), asked.getContentText());

        fx.clickOn("#closing-lose");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window().isShowing());
        assertEquals(savedTempo, ed.reopened().phases().get(0).items().get(0).dosage().tempo(), "the saved tempo is whole");
        assertEquals(List.of(), ed.escaped());
    }

    @Test
    void withAFailedSaveTooTheQuestionNamesBoth(FxRobot fx) throws Exception {
        try (RefusingTable full = RefusingTable.in(ed.data, "roadmaps")) {
            typeIn(fx, "#phase-0-name", "Calm start");
            fx.push(KeyCode.ENTER);
            ed.app.settle();
            assertTrue(ed.message(fx).startsWith("Not saved"), ed.message(fx));
            ed.focusItem(fx, 0, 0);
            typeIn(fx, "#dosage-tempo", LONG_TEMPO);
            fx.push(KeyCode.TAB);
            ed.app.clickCloseBox();
            DialogPane asked = question(fx);
            assertEquals("1 edit not saved, 1 change not kept", asked.getHeaderText());
            assertTrue(asked.getContentText().contains("60"), asked.getContentText());
            fx.clickOn("#closing-lose");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window().isShowing());
        }
        assertEquals(List.of(), ed.escaped());
    }

    @Test
    void aNoteToHerTooLongToSaveIsAskedAboutToo(FxRobot fx) throws Exception {
        TextInputControl note = noteOfFirstExercise(fx, "y".repeat(4001));
        ed.app.clickCloseBox();
        DialogPane asked = question(fx);
        assertEquals("1 change was not kept", asked.getHeaderText());
        assertTrue(asked.getContentText().contains("4000"), asked.getContentText());
        fx.clickOn("#closing-keep-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("item-note", ed.app.scene.getFocusOwner().getId(), "the keyboard is back in the note");
        assertEquals(4001, note.getText().length(), "what she typed is still there");

        fx.push(KeyCode.ESCAPE);
        ed.app.clickCloseBox();
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> !window().isShowing());
        assertEquals(List.of(), ed.escaped());
    }
}
