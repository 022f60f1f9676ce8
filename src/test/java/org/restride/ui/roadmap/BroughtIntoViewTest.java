package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.store.ExerciseListing;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What moves, is added, or comes back with undo and redo is scrolled into sight in the phases, just enough, and the
 * page does not jump when it already shows.
 */
class BroughtIntoViewTest extends EditorWindowTest {

    private static int[] find(Roadmap r, PhaseItem item) {
        for (int p = 0; p < r.phases().size(); p++) {
            List<PhaseItem> items = r.phases().get(p).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).equals(item)) {
                    return new int[] {p, i};
                }
            }
        }
        throw new AssertionError("gone: " + item);
    }

    private String inspectorTitle(FxRobot fx) {
        return fx.lookup("#inspector .pane-title").queryAs(Label.class).getText();
    }

    /** Alt+↓ from the first phase's first row to the last phase's last row: after each press, all four checks. */
    @Test
    void altDownAllTheWayKeepsSelectionFocusAndView(FxRobot fx) {
        Roadmap start = ed.saved();
        PhaseItem moving = start.phases().get(0).items().get(0);
        ed.focusItem(fx, 0, 0);
        List<String> wrong = new ArrayList<>();
        int total = start.phases().stream().mapToInt(p -> p.items().size()).sum() + start.phases().size();
        for (int press = 1; press <= total; press++) {
            fx.push(KeyCode.ALT, KeyCode.DOWN);
            PhasesInSight.settle();
            Roadmap now = ed.saved();
            int[] at = find(now, moving);
            String step = "press " + press + " at " + at[0] + "/" + at[1] + ": ";
            int sel = ed.list(fx, at[0]).getSelectionModel().getSelectedIndex();
            if (sel != at[1]) {
                wrong.add(step + "list selects " + sel);
            }
            if (ed.focusOwner() != ed.list(fx, at[0])) {
                wrong.add(step + "focus on " + ed.focusOwner());
            }
            if (!PhasesInSight.inView(fx, PhasesInSight.row(fx, at[0], at[1]))) {
                wrong.add(step + "not in view: " + PhasesInSight.where(fx, PhasesInSight.row(fx, at[0], at[1])));
            }
            if (!inspectorTitle(fx).contains(now.phases().get(at[0]).name())) {
                wrong.add(step + "inspector says " + inspectorTitle(fx));
            }
        }
        Roadmap end = ed.saved();
        int last = end.phases().size() - 1;
        assertEquals(moving, end.phases().get(last).items().get(end.phases().get(last).items().size() - 1),
                "it ends last of the last phase");
        assertEquals(List.of(), wrong, wrong.size() + " of " + total + " presses wrong");
    }

    @Test
    void altUpOnTheVeryFirstAndAltDownOnTheVeryLastChangeNothingAndShowTheRow(FxRobot fx) {
        Roadmap before = ed.saved();
        ed.focusItem(fx, 0, 0);
        fx.push(KeyCode.ALT, KeyCode.UP);
        assertEquals(before, ed.saved());
        assertTrue(fx.lookup("#undo").query().isDisabled(), "no empty undo step");
        assertSame(ed.list(fx, 0), ed.focusOwner());
        assertEquals(0, ed.list(fx, 0).getSelectionModel().getSelectedIndex());
        int last = before.phases().size() - 1;
        int lastRow = before.phases().get(last).items().size() - 1;
        ed.focusItem(fx, last, lastRow);
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        PhasesInSight.settle();
        assertEquals(before, ed.saved());
        assertSame(ed.list(fx, last), ed.focusOwner());
        assertEquals(lastRow, ed.list(fx, last).getSelectionModel().getSelectedIndex());
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.row(fx, last, lastRow)),
                PhasesInSight.where(fx, PhasesInSight.row(fx, last, lastRow)));
    }

    @Test
    void aMoveThatStaysInSightDoesNotScrollThePage(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        PhasesInSight.settle();
        assertEquals(0, PhasesInSight.vvalue(fx), 0.0001, "the page starts at the top");
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        PhasesInSight.settle();
        assertEquals(1, ed.list(fx, 0).getSelectionModel().getSelectedIndex());
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.row(fx, 0, 1)));
        assertEquals(0, PhasesInSight.vvalue(fx), 0.0001, "no jump");
    }

    @Test
    void downThroughALongPhaseKeepsTheSelectedRowInSight(FxRobot fx) {
        int rows = ed.saved().phases().get(1).items().size();
        ed.focusItem(fx, 1, 0);
        for (int i = 1; i < rows; i++) {
            fx.push(KeyCode.DOWN);
        }
        PhasesInSight.settle();
        assertEquals(rows - 1, ed.list(fx, 1).getSelectionModel().getSelectedIndex());
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.row(fx, 1, rows - 1)),
                PhasesInSight.where(fx, PhasesInSight.row(fx, 1, rows - 1)));
    }

    /** The last phase chosen, the page scrolled back to the top, an exercise added from the library: it shows. */
    @Test
    void anExerciseAddedFromTheLibraryIsBroughtIntoView(FxRobot fx) throws Exception {
        int last = ed.saved().phases().size() - 1;
        ed.focusItem(fx, last, 0);
        fx.push(KeyCode.DOWN).push(KeyCode.UP); // her keys in that phase choose it for the library's Enter
        AppHarness.onFx(() -> PhasesInSight.scroller(fx).setVvalue(0));
        PhasesInSight.settle();
        ListView<ExerciseListing> library = fx.lookup("#library-results").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !library.getItems().isEmpty());
        ed.focus(library);
        fx.push(KeyCode.DOWN).push(KeyCode.ENTER);
        PhasesInSight.settle();
        int added = ed.saved().phases().get(last).items().size() - 1;
        assertEquals(added, ed.list(fx, last).getSelectionModel().getSelectedIndex(), "the new one is selected");
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.row(fx, last, added)),
                PhasesInSight.where(fx, PhasesInSight.row(fx, last, added)));
    }

    /** With the caret in an untouched dose field, Ctrl+Z undoes the last edit, in another phase: it shows. */
    @Test
    void ctrlZInAFieldUndoesAnEditInAnotherPhaseAndShowsIt(FxRobot fx) {
        Spinner<Integer> from = fx.lookup("#phase-4-weeks-from").query();
        Roadmap before = ed.saved();
        typeIn(fx, from.getEditor(), Integer.toString(before.phases().get(4).weeks().from() + 1));
        fx.push(KeyCode.ENTER);
        Roadmap edited = ed.saved();
        ed.focusItem(fx, 0, 0);
        fx.push(KeyCode.ENTER);
        AppHarness.onFx(() -> PhasesInSight.scroller(fx).setVvalue(0));
        PhasesInSight.settle();
        fx.push(KeyCode.CONTROL, KeyCode.Z);
        PhasesInSight.settle();
        assertEquals(before, ed.saved());
        assertTrue(EditorWindow.inside(ed.focusOwner(), fx.lookup("#dosage-sets").query()), "the caret stays");
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.of(from)), "what was undone is in sight: "
                + PhasesInSight.where(fx, PhasesInSight.of(from)));
        AppHarness.onFx(() -> PhasesInSight.scroller(fx).setVvalue(0));
        PhasesInSight.settle();
        fx.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        PhasesInSight.settle();
        assertEquals(edited, ed.saved());
        assertTrue(PhasesInSight.inView(fx, PhasesInSight.of(from)), "what was redone is in sight: "
                + PhasesInSight.where(fx, PhasesInSight.of(from)));
    }
}
