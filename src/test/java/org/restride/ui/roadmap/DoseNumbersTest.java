package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Dosage;
import org.restride.domain.Intensity;
import org.restride.domain.WeightUnit;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Every dose number box reads by one rule: what it cannot take is refused with a word, never dropped or misread. */
class DoseNumbersTest extends EditorWindowTest {
    private Dosage dose() {
        return ed.saved().phases().get(0).items().get(0).dosage();
    }

    private String problem(FxRobot fx) {
        WaitForAsyncUtils.waitForFxEvents();
        return fx.lookup("#inspector .field-problem").queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private void chooseKind(FxRobot fx, String kind) {
        AppHarness.onFx(() -> fx.lookup("#inspector .combo-box").queryAll().stream()
                .map(c -> (ComboBox<String>) c).filter(c -> c.getItems().contains("kg"))
                .forEach(c -> c.setValue(kind)));
    }

    @Test
    void setsTakesNonNumbersWithAWord(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        Dosage before = dose();
        Spinner<Integer> box = fx.lookup("#dosage-sets").query();
        for (String typed : List.of("5.5", "abc", "\uFF15", "\u0663", "1e9", "")) {
            typeIn(fx, box.getEditor(), typed);
            if (typed.isEmpty()) {
                fx.push(KeyCode.BACK_SPACE);
            }
            fx.push(KeyCode.ENTER);
            ed.app.settle();
            assertTrue(ed.message(fx).contains("whole number") && ed.message(fx).contains("\"" + typed + "\""),
                    "told for '" + typed + "': " + ed.message(fx));
            assertEquals(Integer.toString(before.sets()), box.getEditor().getText());
            assertEquals(before, dose(), "nothing saved for '" + typed + "'");
        }
    }

    @Test
    void loadTexts(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        for (String typed : List.of("5f", "5d", "1e2", "0x1p3", "1,000", "NaN", "Infinity", "-0", "0.0001", "\u0663", "\uFF19")) {
            chooseKind(fx, "kg");
            Dosage before = dose();
            typeIn(fx, "#dosage-intensity", typed);
            fx.push(KeyCode.ENTER);
            ed.app.settle();
            assertEquals(before, dose(), "nothing saved for '" + typed + "'");
            assertTrue(problem(fx).contains("like 7.5"), "told for '" + typed + "': " + problem(fx));
        }
        for (String typed : List.of("12,5", "2.25", "20")) {
            typeIn(fx, "#dosage-intensity", typed);
            fx.push(KeyCode.ENTER);
            ed.app.settle();
            assertEquals(new Intensity.Load(Double.parseDouble(typed.replace(',', '.')), WeightUnit.KG), dose().intensity());
            assertEquals("", problem(fx));
        }
    }

    @Test
    void aSmallLoadShowsWithoutExponent() {
        assertEquals("0.0001", new Intensity.Load(0.0001, WeightUnit.KG).amount());
        assertEquals("2.5", new Intensity.Load(2.5, WeightUnit.LB).amount());
        assertEquals("10", new Intensity.Load(10, WeightUnit.LB).amount());
    }

    @Test
    void intensityValueWithoutAKindIsToldNotIgnored(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        chooseKind(fx, "—");
        ed.app.settle();
        Dosage before = dose();
        typeIn(fx, "#dosage-intensity", "20");
        fx.push(KeyCode.ENTER);
        ed.app.settle();
        assertEquals(before, dose());
        assertTrue(problem(fx).contains("kind") && problem(fx).contains("20"), problem(fx));
        ed.focusItem(fx, 0, 1);
        assertTrue(ed.message(fx).contains("Not saved") && ed.message(fx).contains("kind"), ed.message(fx));
    }

    @Test
    void aHugeRestIsToldItsRange(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        for (String box : List.of("#dosage-rest", "#dosage-per-day", "#dosage-per-week", "#dosage-max")) {
            typeIn(fx, box, "99999999999999999999");
            fx.push(KeyCode.ENTER);
            ed.app.settle();
            assertTrue(problem(fx).contains("between"), box + ": " + problem(fx));
            fx.push(KeyCode.ESCAPE);
        }
        typeIn(fx, "#dosage-rest", "\u0663");
        fx.push(KeyCode.ENTER);
        ed.app.settle();
        assertTrue(problem(fx).contains("whole number"), "another script's digit is refused: " + problem(fx));
    }

    @Test
    void aStaleRefusalDoesNotStayOnTheMessageLine(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        Spinner<Integer> box = fx.lookup("#dosage-sets").query();
        typeIn(fx, box.getEditor(), "25");
        fx.push(KeyCode.ENTER);
        String refusal = ed.message(fx);
        assertTrue(refusal.contains("25"), refusal);
        typeIn(fx, box.getEditor(), "4");
        fx.push(KeyCode.ENTER);
        ed.app.settle();
        assertEquals(4, dose().sets());
        assertFalse(ed.message(fx).equals(refusal), "still says: " + ed.message(fx));
    }

    @Test
    void undoRightAfterARefusedSets(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        Dosage before = dose();
        typeIn(fx, "#dosage-rest", "33");
        fx.push(KeyCode.ENTER);
        ed.app.settle();
        assertEquals(33, dose().restSeconds());
        Spinner<Integer> box = fx.lookup("#dosage-sets").query();
        typeIn(fx, box.getEditor(), "25");
        fx.push(KeyCode.CONTROL, KeyCode.Z);
        ed.app.settle();
        assertEquals(33, dose().restSeconds(), "the first Ctrl+Z only puts Sets back");
        assertEquals(Integer.toString(before.sets()), box.getEditor().getText());
        fx.push(KeyCode.CONTROL, KeyCode.Z);
        ed.app.settle();
        assertEquals(before.restSeconds(), dose().restSeconds(), "the second undoes the rest");
    }
}
