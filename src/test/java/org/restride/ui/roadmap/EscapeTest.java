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
    /**
     * Types over the field and presses Escape: what the field shows then. Leaving the field afterwards with Tab
     * must save nothing.
     */
    private String shownAfterEscape(FxRobot fx, TextInputControl field, String typed) {
        Roadmap before = ed.saved();
        typeIn(fx, field, typed);
        fx.push(KeyCode.ESCAPE);
        String shown = field.getText();
        fx.push(KeyCode.TAB);
        assertEquals(before, ed.saved(), "and leaving the field saves nothing");
        return shown;
    }

    private static String shown(Object saved) {
        return saved == null ? "" : saved.toString();
    }

    @Test
    void escapeInAPhaseNamePutsTheSavedNameBack(FxRobot fx) {
        String saved = ed.saved().phases().get(0).name();
        assertEquals(saved, shownAfterEscape(fx, fx.lookup("#phase-0-name").query(), "Oops"));
    }

    @Test
    void escapeInADosageFieldPutsTheSavedValueBack(FxRobot fx) {
        Integer saved = ed.saved().phases().get(0).items().get(0).dosage().restSeconds();
        ed.focusItem(fx, 0, 0);
        assertEquals(shown(saved), shownAfterEscape(fx, fx.lookup("#dosage-rest").query(), "999"));
    }

    @Test
    void escapeInTheNotePutsTheSavedNoteBack(FxRobot fx) {
        String saved = ed.saved().phases().get(0).items().get(0).note();
        ed.focusItem(fx, 0, 0);
        assertEquals(shown(saved), shownAfterEscape(fx, fx.lookup("#item-note").query(), "Not this"));
    }

    @Test
    void escapeInAWeekBoxPutsTheSavedWeekBack(FxRobot fx) {
        int saved = ed.saved().phases().get(1).weeks().from();
        Spinner<Integer> from = fx.lookup("#phase-1-weeks-from").query();
        assertEquals(shown(saved), shownAfterEscape(fx, from.getEditor(), "40"));
    }
}
