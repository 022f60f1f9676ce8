package org.restride.ui.roadmap;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Where things show in the editor's scrolling phases (#phases-scroller), as the PT sees them. */
final class PhasesInSight {
    private PhasesInSight() {
    }

    /** Waits for the window's thread and for the layout passes a change starts (a scroll follows a layout). */
    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static ScrollPane scroller(FxRobot fx) {
        return fx.lookup("#phases-scroller").queryAs(ScrollPane.class);
    }

    /** The part of the phases the PT sees, in scene coordinates. */
    static Bounds view(FxRobot fx) {
        ScrollPane s = scroller(fx);
        Bounds[] b = {null};
        AppHarness.onFx(() -> b[0] = s.localToScene(new BoundingBox(0, 0, s.getViewportBounds().getWidth(),
                s.getViewportBounds().getHeight())));
        return b[0];
    }

    /** The row showing place {@code index} of phase {@code phase}, in scene coordinates; null if no row shows it. */
    static Bounds row(FxRobot fx, int phase, int index) {
        ListView<?> items = fx.lookup("#phase-" + phase + "-items").queryListView();
        Bounds[] b = {null};
        AppHarness.onFx(() -> {
            for (Node n : items.lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> cell && shown(cell) && cell.getIndex() == index && cell.getItem() != null) {
                    b[0] = cell.localToScene(cell.getBoundsInLocal());
                }
            }
        });
        return b[0];
    }

    /** Visible with every parent: not a list's hidden measuring row. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static Bounds of(Node node) {
        Bounds[] b = {null};
        AppHarness.onFx(() -> b[0] = node.localToScene(node.getBoundsInLocal()));
        return b[0];
    }

    /** True if {@code b} shows whole inside the phases' view. */
    static boolean inView(FxRobot fx, Bounds b) {
        Bounds v = view(fx);
        return b != null && b.getMinY() >= v.getMinY() - 1 && b.getMaxY() <= v.getMaxY() + 1;
    }

    static double vvalue(FxRobot fx) {
        WaitForAsyncUtils.waitForFxEvents();
        return scroller(fx).getVvalue();
    }

    static String where(FxRobot fx, Bounds b) {
        Bounds v = view(fx);
        return "row " + (b == null ? "none" : (int) b.getMinY() + ".." + (int) b.getMaxY()) + ", view "
                + (int) v.getMinY() + ".." + (int) v.getMaxY() + ", vvalue " + scroller(fx).getVvalue();
    }
}
