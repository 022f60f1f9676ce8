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
        String savedNote = before.phases().get(0).items().get(0).note();
        assertEquals(savedNote == null ? "" : savedNote, note.getText(), "the field shows the saved note again");
    }

    @Test
    void lettersInAWeekBoxThenEnterAreRefusedQuietly(FxRobot fx) {
        Roadmap before = ed.saved();
        Spinner<Integer> from = fx.lookup("#phase-2-weeks-from").query();
        typeIn(fx, from.getEditor(), "abc");
        fx.push(KeyCode.ENTER);
        assertEquals(List.of(), ed.escaped(), "no unexpected error");
        assertEquals(before, ed.saved());
        assertEquals(Integer.toString(before.phases().get(2).weeks().from()), from.getEditor().getText(),
                "the box shows the saved week again");
    }

    @Test
    void aLetterInSetsThenEnterIsRefusedQuietly(FxRobot fx) {
        Roadmap before = ed.saved();
        ed.focusItem(fx, 0, 0);
        Spinner<Integer> sets = fx.lookup("#dosage-sets").query();
        typeIn(fx, sets.getEditor(), "x");
        fx.push(KeyCode.ENTER);
        assertEquals(List.of(), ed.escaped(), "no unexpected error");
        assertEquals(before, ed.saved());
        assertEquals(Integer.toString(before.phases().get(0).items().get(0).dosage().sets()), sets.getEditor().getText());
    }

    @Test
    void lettersInAWeekBoxLeftWithTabAreRefusedQuietly(FxRobot fx) {
        Roadmap before = ed.saved();
        Spinner<Integer> to = fx.lookup("#phase-1-weeks-to").query();
        typeIn(fx, to.getEditor(), "soon");
        fx.push(KeyCode.TAB);
        assertEquals(List.of(), ed.escaped(), "no unexpected error");
        assertEquals(before, ed.saved());
    }

    @Test
    void aStartAfterTheEndIsRefusedNamingTheStartBox(FxRobot fx) {
        Roadmap before = ed.saved();
        int to = before.phases().get(0).weeks().to();
        Spinner<Integer> from = fx.lookup("#phase-0-weeks-from").query();
        typeIn(fx, from.getEditor(), Integer.toString(to + 5));
        fx.push(KeyCode.ENTER);
        assertEquals(before, ed.saved());
        assertTrue(ed.message(fx).startsWith("The start week"), ed.message(fx));
        assertEquals(Integer.toString(before.phases().get(0).weeks().from()), from.getEditor().getText(),
                "the box shows the saved start again");
    }
}
