package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Dosage;
import org.testfx.api.FxRobot;

/** Each dose field commits on its own: one she must correct never holds back the others, and nothing she typed vanishes unsaid. */
class DoseFieldsTest extends EditorWindowTest {
    /** 70 characters, where a tempo takes 60. */
    private static final String LONG_TEMPO = "3 seconds down, 1 second hold, 3 seconds up, breathe out on the way up";

    private Dosage firstDose() {
        return ed.saved().phases().get(0).items().get(0).dosage();
    }

    private String problem(FxRobot fx) {
        return fx.lookup("#inspector .field-problem").queryLabeled().getText();
    }

    /** The first exercise chosen, a too-long tempo typed and left with Tab, then rest "33" and Enter. */
    private Dosage refusedTempoThenRest(FxRobot fx) {
        Dosage before = firstDose();
        ed.focusItem(fx, 0, 0);
        typeIn(fx, "#dosage-tempo", LONG_TEMPO);
        fx.push(KeyCode.TAB);
        typeIn(fx, "#dosage-rest", "33");
        fx.push(KeyCode.ENTER);
        return before;
    }

    @Test
    void aRefusedTempoDoesNotSwallowTheRestTypedAfterIt(FxRobot fx) {
        Dosage before = refusedTempoThenRest(fx);
        Dosage after = firstDose();
        assertEquals(33, after.restSeconds(), "the rest is saved");
        assertEquals(before.tempo(), after.tempo(), "the tempo is not");
        assertEquals(LONG_TEMPO, EditorWindow.text(fx, "#dosage-tempo"), "the tempo box keeps what she typed");
        assertTrue(problem(fx).contains("60"), "and says why: " + problem(fx));
    }

    @Test
    void choosingAnotherRowSaysTheRefusedTempoWasNotKept(FxRobot fx) {
        Dosage before = refusedTempoThenRest(fx);
        ed.focusItem(fx, 0, 1);
        assertTrue(ed.message(fx).contains("empo") && ed.message(fx).contains("60"), "told: " + ed.message(fx));
        ed.focusItem(fx, 0, 0);
        assertEquals(33, firstDose().restSeconds());
        assertEquals("33", EditorWindow.text(fx, "#dosage-rest"));
        assertEquals(before.tempo() == null ? "" : before.tempo(), EditorWindow.text(fx, "#dosage-tempo"),
                "the saved tempo shows again");
        assertEquals("", problem(fx));
    }

    @Test
    void escapeInTheRefusedTempoPutsOnlyTheTempoBack(FxRobot fx) {
        Dosage before = refusedTempoThenRest(fx);
        ed.focus(fx.lookup("#dosage-tempo").query());
        fx.push(KeyCode.ESCAPE);
        assertEquals(before.tempo() == null ? "" : before.tempo(), EditorWindow.text(fx, "#dosage-tempo"));
        assertEquals("", problem(fx), "nothing left to correct");
        assertEquals("33", EditorWindow.text(fx, "#dosage-rest"), "the rest stays as saved");
        assertEquals(33, firstDose().restSeconds());
    }

    @Test
    void correctingOneOfTwoRefusedFieldsSavesItAndStillTellsTheOther(FxRobot fx) {
        Dosage before = firstDose();
        ed.focusItem(fx, 0, 0);
        typeIn(fx, "#dosage-rest", "soon");
        fx.push(KeyCode.TAB);
        typeIn(fx, "#dosage-tempo", LONG_TEMPO);
        fx.push(KeyCode.TAB);
        assertEquals(before, firstDose(), "nothing saved yet");
        typeIn(fx, "#dosage-rest", "45");
        fx.push(KeyCode.ENTER);
        assertEquals(45, firstDose().restSeconds());
        assertEquals(before.tempo(), firstDose().tempo());
        assertTrue(problem(fx).contains("60") && !problem(fx).contains("soon"), problem(fx));
    }

    /** 25 sets, where a dose takes 1 to 10. */
    @Test
    void setsAboveTenAreRefusedOnTheMessageLineAndTheBoxGoesBack(FxRobot fx) {
        Dosage before = firstDose();
        int sets = before.sets();
        ed.focusItem(fx, 0, 0);
        Spinner<Integer> box = fx.lookup("#dosage-sets").query();
        typeIn(fx, box.getEditor(), "25");
        fx.push(KeyCode.ENTER);
        assertEquals(before, firstDose(), "nothing saved");
        assertEquals(Integer.toString(sets), box.getEditor().getText(), "the box shows the saved sets again");
        assertTrue(ed.message(fx).contains("10") && ed.message(fx).contains("25"), "told: " + ed.message(fx));
    }

    @Test
    void anAmountAboveTheBoxIsRefusedOnTheMessageLineWhenLeftWithTab(FxRobot fx) {
        Dosage before = firstDose();
        int amount = before.amount().min();
        ed.focusItem(fx, 0, 0);
        Spinner<Integer> box = fx.lookup("#dosage-amount").query();
        typeIn(fx, box.getEditor(), "20000");
        fx.push(KeyCode.TAB);
        assertEquals(before, firstDose(), "nothing saved");
        assertEquals(Integer.toString(amount), box.getEditor().getText());
        assertTrue(ed.message(fx).contains("20000"), "told: " + ed.message(fx));
    }

    /** 70 breaths, where the spinner takes it but a dose of breaths holds at most 60: told, and Escape puts it back. */
    @Test
    void anAmountTheUnitRefusesIsToldAndEscapePutsItBack(FxRobot fx) {
        Dosage before = firstDose();
        ed.focusItem(fx, 0, 0);
        Spinner<Integer> box = fx.lookup("#dosage-amount").query();
        typeIn(fx, box.getEditor(), "70");
        fx.push(KeyCode.TAB);
        assertEquals(before, firstDose(), "nothing saved");
        assertEquals("70", box.getEditor().getText(), "the box keeps what she typed");
        assertTrue(problem(fx).contains("60"), "told: " + problem(fx));
        ed.focus(box);
        fx.push(KeyCode.ESCAPE);
        assertEquals(Integer.toString(before.amount().min()), box.getEditor().getText());
        assertEquals("", problem(fx));
        assertEquals(before, firstDose());
    }
}
