package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A phase's exercises are all shown, in order, each row whole: a list never scrolls inside itself, and a row whose
 * dose wraps makes the list taller instead of being cut at its foot.
 */
class RowsFitTheirListTest extends EditorWindowTest {
    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The shown rows of a phase top to bottom (their places); rows cut by the list's edges or short of their text. */
    private String rows(FxRobot fx, int phase, List<String> cut) {
        ListView<?> items = ed.list(fx, phase);
        TreeMap<Double, Integer> byY = new TreeMap<>();
        AppHarness.onFx(() -> {
            Bounds list = items.localToScene(items.getLayoutBounds());
            for (Node n : items.lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> cell && shown(cell) && cell.getItem() != null) {
                    Bounds b = cell.localToScene(cell.getBoundsInLocal());
                    if (b.getMaxY() > list.getMaxY() - items.snappedBottomInset() + 1 || b.getMinY() < list.getMinY()) {
                        cut.add("row " + cell.getIndex() + " at " + Math.round(b.getMinY()) + ".." + Math.round(b.getMaxY())
                                + " in a list at " + Math.round(list.getMinY()) + ".." + Math.round(list.getMaxY()));
                    }
                    double wanted = cell.prefHeight(cell.getWidth());
                    if (wanted > cell.getHeight() + 1) {
                        cut.add("row " + cell.getIndex() + " is " + Math.round(cell.getHeight()) + " px and needs "
                                + Math.round(wanted));
                    }
                    byY.put(b.getMinY(), cell.getIndex());
                }
            }
        });
        return byY.values().toString();
    }

    private List<Integer> places(int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        return all;
    }

    @Test
    void threeAltDownsKeepEveryRowOfThePhaseShownInOrder(FxRobot fx) throws Exception {
        int count = ed.saved().phases().get(0).items().size();
        ed.focusItem(fx, 0, 0);
        fx.push(KeyCode.ALT, KeyCode.DOWN).push(KeyCode.ALT, KeyCode.DOWN).push(KeyCode.ALT, KeyCode.DOWN);
        settle();
        List<String> cut = new ArrayList<>();
        assertEquals(places(count).toString(), rows(fx, 0, cut), "rows top to bottom");
        assertEquals(List.of(), cut);
    }

    @Test
    void aRowWhoseDoseWrapsMakesItsListTaller(FxRobot fx) throws Exception {
        ed.focusItem(fx, 0, 0);
        typeIn(fx, "#dosage-tempo", "3 s down, 1 s hold, 3 s up, breathe out as you rise, and keep the knees wide");
        fx.push(KeyCode.ENTER);
        ed.saved();
        settle();
        List<String> cut = new ArrayList<>();
        rows(fx, 0, cut);
        assertEquals(List.of(), cut);
    }

    /** The inspector takes room from the phases when a row is chosen: rows that wrap then are not cut either. */
    @Test
    void rowsStayWholeWhenTheInspectorNarrowsThePhases(FxRobot fx) throws Exception {
        int phases = ed.saved().phases().size();
        ed.focusItem(fx, 0, 0);
        settle();
        List<String> cut = new ArrayList<>();
        for (int phase = 0; phase < phases; phase++) {
            int count = ed.saved().phases().get(phase).items().size();
            List<String> cutHere = new ArrayList<>();
            String order = rows(fx, phase, cutHere);
            String where = "phase " + phase + ": ";
            cutHere.forEach(c -> cut.add(where + c));
            if (!order.equals(places(count).toString())) {
                cut.add("phase " + phase + " shows " + order);
            }
        }
        assertEquals(List.of(), cut);
    }
}
