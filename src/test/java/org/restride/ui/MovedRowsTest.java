package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rows of a phase are filled in place (a move changes what two rows show, the list is not made again): what the
 * PT sees must still follow every move, edit, removal, undo and redo, and the moved exercise stays selected.
 */
class MovedRowsTest extends SampleClinicWindowTest {

    @BeforeEach
    void openMayasRoadmap() {
        AppHarness.onFx(() -> app.root.openRoadmap(EditorDefectsTest.MAYAS_ROADMAP));
    }

    private static ListView<?> list(FxRobot fx) {
        return fx.lookup("#phase-0-items").queryListView();
    }

    /** What the rows of the first phase show, top to bottom: "name | dose". */
    private static List<String> rows(FxRobot fx) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = list(fx);
        List<ListCell<?>> cells = new ArrayList<>();
        fx.from(list).lookup(".list-cell").queryAll().forEach(n -> {
            ListCell<?> cell = (ListCell<?>) n;
            if (cell.isVisible() && !cell.isEmpty() && cell.getIndex() >= 0 && cell.getIndex() < list.getItems().size()) {
                cells.add(cell);
            }
        });
        cells.sort(Comparator.comparingInt(ListCell::getIndex));
        List<String> shown = new ArrayList<>();
        for (ListCell<?> cell : cells) {
            String name = fx.from(cell).lookup(".exercise-name").queryAs(Label.class).getText();
            String dose = fx.from(cell).lookup(".dosage-line").queryAs(Label.class).getText();
            shown.add(name + " | " + dose);
        }
        assertEquals(list.getItems().size(), shown.size(), "every exercise of the phase has a row on show");
        return shown;
    }

    private static int selectedRow(FxRobot fx) {
        WaitForAsyncUtils.waitForFxEvents();
        return list(fx).getSelectionModel().getSelectedIndex();
    }

    private static String inspectorTitle(FxRobot fx) {
        return fx.lookup("#inspector .pane-title").queryAs(Label.class).getText();
    }

    private void select(FxRobot fx, int index) {
        ListView<?> list = list(fx);
        AppHarness.onFx(() -> {
            list.requestFocus();
            list.getSelectionModel().select(index);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMovedExerciseShowsInItsNewPlaceAndStaysSelectedThroughUndoAndRedo(FxRobot fx) {
        List<String> before = rows(fx);
        assertTrue(before.size() >= 3, "the first phase has a few exercises");
        select(fx, 0);
        String title = inspectorTitle(fx);
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        List<String> moved = new ArrayList<>(before);
        moved.add(1, moved.remove(0));
        assertEquals(moved, rows(fx), "the first exercise is now second, the second first");
        assertEquals(1, selectedRow(fx), "the moved exercise stays selected");
        assertEquals(title, inspectorTitle(fx), "the inspector still shows it");

        fx.push(KeyCode.ALT, KeyCode.DOWN);
        moved.add(2, moved.remove(1));
        assertEquals(moved, rows(fx), "moved down once more");
        assertEquals(2, selectedRow(fx));

        fx.push(KeyCode.CONTROL, KeyCode.Z);
        fx.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, rows(fx), "two undos put the order back");
        assertEquals(0, selectedRow(fx), "and the exercise, still selected, with it");

        fx.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        moved = new ArrayList<>(before);
        moved.add(1, moved.remove(0));
        assertEquals(moved, rows(fx), "redo moves it again");
        assertEquals(1, selectedRow(fx));

        fx.push(KeyCode.ALT, KeyCode.UP);
        assertEquals(before, rows(fx), "Alt+Up brings it back to the top");
        assertEquals(0, selectedRow(fx));
    }

    @Test
    void aRemovedExerciseLeavesTheRestInOrderAndUndoBringsItsRowBack(FxRobot fx) {
        List<String> before = rows(fx);
        select(fx, 1);
        fx.push(KeyCode.DELETE);
        List<String> fewer = new ArrayList<>(before);
        fewer.remove(1);
        assertEquals(fewer, rows(fx), "one row fewer, the others in order");

        fx.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, rows(fx), "undo brings the row back in its place");
    }

    @Test
    void aDosageEditChangesOnlyThatRow(FxRobot fx) {
        List<String> before = rows(fx);
        select(fx, 2);
        String sets = fx.lookup("#dosage-sets .text-field").queryTextInputControl().getText();
        String other = "5".equals(sets) ? "4" : "5";
        fx.doubleClickOn("#dosage-sets .text-field").write(other).push(KeyCode.ENTER);
        List<String> after = rows(fx);
        assertNotEquals(before.get(2), after.get(2), "the edited exercise's row shows its new dose");
        assertTrue(after.get(2).startsWith(before.get(2).split(" \\| ")[0] + " | "), "under the same name");
        after.set(2, before.get(2));
        assertEquals(before, after, "the other rows are as they were");
    }
}
