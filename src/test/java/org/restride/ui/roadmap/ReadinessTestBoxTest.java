package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Criterion;
import org.testfx.api.FxRobot;

/** "Ready for the next phase when…": a readiness test is added only when the PT chooses it, and her own on leaving. */
class ReadinessTestBoxTest extends EditorWindowTest {
    private List<Criterion> criteria() {
        return ed.saved().phases().get(0).exitCriteria();
    }

    /** Puts the keyboard on the closed "add a test" box and presses the keys one by one: the tests added. */
    private List<Criterion> addedBy(FxRobot fx, KeyCode... keys) {
        int before = criteria().size();
        ed.focus(fx.lookup("#phase-0-add-test").query());
        for (KeyCode key : keys) {
            fx.push(key);
        }
        List<Criterion> after = criteria();
        return after.subList(Math.min(before, after.size()), after.size());
    }

    @Test
    void theArrowsOnTheClosedBoxAddNoTests(FxRobot fx) {
        assertEquals(List.of(), addedBy(fx, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN));
    }

    @Test
    void theListLeftWithEscapeAddsNothing(FxRobot fx) {
        assertEquals(List.of(), addedBy(fx, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ESCAPE));
    }

    @Test
    void enterOnAChosenTestAddsThatOneTest(FxRobot fx) {
        ComboBox<Criterion> box = fx.lookup("#phase-0-add-test").queryComboBox();
        assertEquals(List.of(box.getItems().get(1)), addedBy(fx, KeyCode.DOWN, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER),
                "one test added: the second in the list, where the arrows were");
    }

    @Test
    void anOwnTestTypedAndLeftWithTabIsAdded(FxRobot fx) {
        int before = criteria().size();
        ed.focus(fx.lookup("#phase-0-add-statement").query());
        fx.write("Walks 30 min without leaking").push(KeyCode.TAB);
        List<Criterion> after = criteria();
        assertEquals(before + 1, after.size());
        assertEquals(Criterion.statement("Walks 30 min without leaking"), after.get(after.size() - 1));
    }
}
