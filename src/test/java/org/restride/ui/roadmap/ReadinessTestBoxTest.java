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

    @Test
    void theArrowsOnTheClosedBoxAddNoTests(FxRobot fx) {
        int before = criteria().size();
        ed.focus(fx.lookup("#phase-0-add-test").query());
        fx.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN);
        assertEquals(before, criteria().size());
    }

    @Test
    void theListLeftWithEscapeAddsNothing(FxRobot fx) {
        int before = criteria().size();
        ed.focus(fx.lookup("#phase-0-add-test").query());
        fx.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ESCAPE);
        assertEquals(before, criteria().size());
    }

    @Test
    void enterOnAChosenTestAddsThatOneTest(FxRobot fx) {
        int before = criteria().size();
        ComboBox<Criterion> box = fx.lookup("#phase-0-add-test").queryComboBox();
        ed.focus(box);
        fx.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
        List<Criterion> after = criteria();
        assertEquals(before + 1, after.size(), "one test added");
        assertEquals(box.getItems().get(1), after.get(after.size() - 1), "the second in the list, where the arrows were");
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
