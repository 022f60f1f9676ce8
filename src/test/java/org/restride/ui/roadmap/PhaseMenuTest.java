package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Phase;
import org.restride.domain.Roadmap;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;

/** A phase's "⋯" menu by keyboard: the keyboard goes with the phase it moved; moves that cannot happen are not offered. */
class PhaseMenuTest extends EditorWindowTest {
    private static final int UP = 0;
    private static final int DOWN = 1;
    private static final int REMOVE = 2;

    private static List<String> names(Roadmap r) {
        return r.phases().stream().map(Phase::name).toList();
    }

    private MenuButton actions(FxRobot fx, int phase) {
        return fx.lookup("#phase-" + phase + "-actions").queryAs(MenuButton.class);
    }

    /** Opens the menu in hand with Space and picks "Move down" with the arrows, as the PT does. */
    private void moveDownFromTheKeyboard(FxRobot fx) {
        fx.push(KeyCode.SPACE);
        PhasesInSight.settle();
        fx.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
        PhasesInSight.settle();
    }

    @Test
    void movingAPhaseDownTwiceByTheMenuTakesItTwoPlacesDown(FxRobot fx) {
        List<String> before = names(ed.saved());
        ed.focus(actions(fx, 1));
        moveDownFromTheKeyboard(fx);
        assertEquals(before.get(1), names(ed.saved()).get(2), "one Move down");
        assertTrue(EditorWindow.inside(ed.focusOwner(), fx.lookup("#phase-2").query()),
                "the keyboard went with the phase: " + ed.focusOwner());
        moveDownFromTheKeyboard(fx);
        List<String> twice = names(ed.saved());
        assertEquals(before.get(1), twice.get(3), "two places down: " + twice);
        assertEquals(before.get(2), twice.get(1), "the one it passed first is second: " + twice);
    }

    @Test
    void aPhaseMovedUpByTheMenuIsInSightWithTheKeyboardOnIt(FxRobot fx) {
        int last = ed.saved().phases().size() - 1;
        String moving = ed.saved().phases().get(last).name();
        MenuButton lastMenu = actions(fx, last);
        ed.focus(lastMenu);
        fx.push(KeyCode.SPACE);
        PhasesInSight.settle();
        fx.push(KeyCode.DOWN).push(KeyCode.ENTER); // "Move up", the first the last phase offers
        PhasesInSight.settle();
        assertEquals(moving, ed.saved().phases().get(last - 1).name());
        MenuButton now = actions(fx, last - 1);
        assertTrue(EditorWindow.inside(ed.focusOwner(), now), "on its ⋯: " + ed.focusOwner());
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.of(now)), PhasesInSight.where(fx, PhasesInSight.of(now)));
    }

    @Test
    void afterTheLastPhaseIsRemovedByItsMenuTheKeyboardIsOnTheNewLastOne(FxRobot fx) {
        int last = ed.saved().phases().size() - 1;
        MenuButton menu = actions(fx, last);
        ed.focus(menu);
        AppHarness.onFx(() -> menu.getItems().get(REMOVE).fire());
        PhasesInSight.settle();
        assertEquals(last, ed.saved().phases().size());
        MenuButton now = actions(fx, last - 1);
        assertTrue(EditorWindow.inside(ed.focusOwner(), now), "on the new last ⋯: " + ed.focusOwner());
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.of(now)), PhasesInSight.where(fx, PhasesInSight.of(now)));
    }

    @Test
    void theMenuDoesNotOfferMovesThatCannotHappen(FxRobot fx) {
        int last = ed.saved().phases().size() - 1;
        assertTrue(actions(fx, 0).getItems().get(UP).isDisable(), "first phase: Move up");
        assertFalse(actions(fx, 0).getItems().get(DOWN).isDisable(), "first phase: Move down");
        assertFalse(actions(fx, last).getItems().get(UP).isDisable(), "last phase: Move up");
        assertTrue(actions(fx, last).getItems().get(DOWN).isDisable(), "last phase: Move down");
        assertFalse(actions(fx, 1).getItems().get(UP).isDisable(), "second phase: Move up");
        assertFalse(actions(fx, 1).getItems().get(DOWN).isDisable(), "second phase: Move down");
    }

    @Test
    void theMenuStaysRightAfterPhasesAreMovedAddedAndRemoved(FxRobot fx) {
        int last = ed.saved().phases().size() - 1;
        AppHarness.onFx(() -> actions(fx, 0).getItems().get(DOWN).fire());
        assertTrue(actions(fx, 0).getItems().get(UP).isDisable(), "after a move, first: Move up");
        assertTrue(actions(fx, last).getItems().get(DOWN).isDisable(), "after a move, last: Move down");
        MenuButton add = fx.lookup("#add-phase").queryAs(MenuButton.class);
        AppHarness.onFx(() -> add.getItems().get(0).fire());
        assertEquals(last + 2, ed.saved().phases().size());
        assertFalse(actions(fx, last).getItems().get(DOWN).isDisable(), "no longer last: Move down");
        assertTrue(actions(fx, last + 1).getItems().get(DOWN).isDisable(), "the new last: Move down");
        assertFalse(actions(fx, last + 1).getItems().get(UP).isDisable(), "the new last: Move up");
        AppHarness.onFx(() -> actions(fx, last + 1).getItems().get(REMOVE).fire());
        assertEquals(last + 1, ed.saved().phases().size());
        assertTrue(actions(fx, last).getItems().get(DOWN).isDisable(), "last again: Move down");
        AppHarness.onFx(() -> actions(fx, 0).getItems().get(REMOVE).fire());
        assertTrue(actions(fx, 0).getItems().get(UP).isDisable(), "the new first: Move up");
    }
}
