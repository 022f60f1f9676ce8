package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.testfx.api.FxRobot;

/** Alt+↓ on a phase's last exercise and Alt+↑ on its first carry it into the next or previous phase. */
class MovesAcrossPhasesTest extends EditorWindowTest {
    @Test
    void altDownOnTheLastExerciseMovesItToTheTopOfTheNextPhase(FxRobot fx) {
        Roadmap before = ed.saved();
        int last = before.phases().get(0).items().size() - 1;
        PhaseItem moved = before.phases().get(0).items().get(last);
        ed.focusItem(fx, 0, last);
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        Roadmap after = ed.saved();
        assertEquals(moved.exerciseId(), EditorWindow.ids(after, 1).get(0));
        assertEquals(last, after.phases().get(0).items().size());
        assertEquals(0, ed.list(fx, 1).getSelectionModel().getSelectedIndex(), "it is selected where it went");
        assertSame(ed.list(fx, 1), ed.focusOwner(), "and the keyboard went with it");
    }

    @Test
    void altUpOnTheFirstExerciseMovesItToTheEndOfThePreviousPhase(FxRobot fx) {
        PhaseItem moved = ed.saved().phases().get(1).items().get(0);
        ed.focusItem(fx, 1, 0);
        fx.push(KeyCode.ALT, KeyCode.UP);
        List<String> first = EditorWindow.ids(ed.saved(), 0);
        assertEquals(moved.exerciseId(), first.get(first.size() - 1));
        assertEquals(first.size() - 1, ed.list(fx, 0).getSelectionModel().getSelectedIndex());
        assertSame(ed.list(fx, 0), ed.focusOwner());
    }

    @Test
    void aMoveIntoAnotherPhaseIsOneUndoStep(FxRobot fx) {
        Roadmap before = ed.saved();
        ed.focusItem(fx, 1, 0);
        fx.push(KeyCode.ALT, KeyCode.UP);
        assertEquals(before.phases().get(1).items().size() - 1, ed.saved().phases().get(1).items().size(), "moved out");
        fx.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, ed.saved(), "one Ctrl+Z puts it back");
    }
}
