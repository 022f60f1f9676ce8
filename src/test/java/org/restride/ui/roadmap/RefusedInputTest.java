package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Roadmap;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;

/** What the editor cannot take is refused on its message line or quietly, never with an unexpected-error dialog. */
class RefusedInputTest extends EditorWindowTest {
    @Test
    void aNoteOverFourThousandCharactersIsRefusedOnTheMessageLine(FxRobot fx) {
        Roadmap before = ed.saved();
        ed.focusItem(fx, 0, 0);
        TextInputControl note = fx.lookup("#item-note").query();
        AppHarness.onFx(() -> {
            note.requestFocus();
            note.setText("Go gently. ".repeat(400));
        });
        fx.push(KeyCode.TAB);
        assertEquals(List.of(), ed.escaped(), "no unexpected error");
        assertEquals(before, ed.saved(), "nothing saved");
        assertFalse(ed.message(fx).isBlank(), "the message line says why");
        assertEquals("Go gently. ".repeat(400), note.getText(), "the field keeps what she typed, for her to trim");
    }

    /**
     * Types over the spinner's box and leaves it with the key: no unexpected error and nothing saved. What the box
     * shows then.
     */
    private String refusedQuietly(FxRobot fx, String spinner, String typed, KeyCode leave) {
        Roadmap before = ed.saved();
        Spinner<Integer> box = fx.lookup(spinner).query();
        typeIn(fx, box.getEditor(), typed);
        fx.push(leave);
        assertEquals(List.of(), ed.escaped(), "no unexpected error");
        assertEquals(before, ed.saved(), "nothing saved");
        return box.getEditor().getText();
    }

    @Test
    void lettersInAWeekBoxThenEnterAreRefusedQuietly(FxRobot fx) {
        int saved = ed.saved().phases().get(2).weeks().from();
        assertEquals(Integer.toString(saved), refusedQuietly(fx, "#phase-2-weeks-from", "abc", KeyCode.ENTER),
                "the box shows the saved week again");
    }

    @Test
    void aLetterInSetsThenEnterIsRefusedWithAWord(FxRobot fx) {
        int saved = ed.saved().phases().get(0).items().get(0).dosage().sets();
        ed.focusItem(fx, 0, 0);
        assertEquals(Integer.toString(saved), refusedQuietly(fx, "#dosage-sets", "x", KeyCode.ENTER));
        assertTrue(ed.message(fx).contains("whole number"), ed.message(fx));
    }

    @Test
    void lettersInAWeekBoxLeftWithTabAreRefusedQuietly(FxRobot fx) {
        refusedQuietly(fx, "#phase-1-weeks-to", "soon", KeyCode.TAB);
    }

    @Test
    void aStartAfterTheEndIsRefusedNamingTheStartBox(FxRobot fx) {
        Roadmap before = ed.saved();
        int to = before.phases().get(0).weeks().to();
        String shown = refusedQuietly(fx, "#phase-0-weeks-from", Integer.toString(to + 5), KeyCode.ENTER);
        assertTrue(ed.message(fx).startsWith("The start week"), ed.message(fx));
        assertEquals(Integer.toString(before.phases().get(0).weeks().from()), shown, "the box shows the saved start again");
    }

    @Test
    void aWeekAboveTheBoxIsRefusedOnTheMessageLineNotMadeSmaller(FxRobot fx) {
        int saved = ed.saved().phases().get(1).weeks().from();
        assertEquals(Integer.toString(saved), refusedQuietly(fx, "#phase-1-weeks-from", "400", KeyCode.ENTER),
                "the box shows the saved week again");
        assertTrue(ed.message(fx).contains("156") && ed.message(fx).contains("400"), ed.message(fx));
    }
}
