package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Roadmap;
import org.testfx.api.FxRobot;

/** Escape in a field puts the saved value back; leaving the field afterwards saves nothing. */
class EscapeTest extends EditorWindowTest {
    @Test
    void escapeInAPhaseNamePutsTheSavedNameBack(FxRobot fx) {
        Roadmap before = ed.saved();
        TextInputControl name = typeIn(fx, "#phase-0-name", "Oops");
        fx.push(KeyCode.ESCAPE);
        assertEquals(before.phases().get(0).name(), name.getText());
        fx.push(KeyCode.TAB);
        assertEquals(before, ed.saved(), "and leaving the field saves nothing");
    }

    @Test
    void escapeInADosageFieldPutsTheSavedValueBack(FxRobot fx) {
        Roadmap before = ed.saved();
        ed.focusItem(fx, 0, 0);
        TextInputControl rest = typeIn(fx, "#dosage-rest", "999");
        fx.push(KeyCode.ESCAPE);
        Integer saved = before.phases().get(0).items().get(0).dosage().restSeconds();
        assertEquals(saved == null ? "" : saved.toString(), rest.getText());
        fx.push(KeyCode.TAB);
        assertEquals(before, ed.saved());
    }

    @Test
    void escapeInTheNotePutsTheSavedNoteBack(FxRobot fx) {
        Roadmap before = ed.saved();
        ed.focusItem(fx, 0, 0);
        TextInputControl note = typeIn(fx, "#item-note", "Not this");
        fx.push(KeyCode.ESCAPE);
        String saved = before.phases().get(0).items().get(0).note();
        assertEquals(saved == null ? "" : saved, note.getText());
        fx.push(KeyCode.TAB);
        assertEquals(before, ed.saved());
    }

    @Test
    void escapeInAWeekBoxPutsTheSavedWeekBack(FxRobot fx) {
        Roadmap before = ed.saved();
        Spinner<Integer> from = fx.lookup("#phase-1-weeks-from").query();
        ed.focus(from.getEditor());
        fx.push(KeyCode.CONTROL, KeyCode.A).write("40").push(KeyCode.ESCAPE);
        assertEquals(Integer.toString(before.phases().get(1).weeks().from()), from.getEditor().getText());
        fx.push(KeyCode.TAB);
        assertEquals(before, ed.saved());
    }
}
