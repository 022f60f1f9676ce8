package org.restride.ui.visits;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Scrolls a long form so that the field the keyboard moves to is in view, with a little room around it. */
final class FocusFollower {
    private static final double MARGIN = 28;

    private FocusFollower() {
    }

    static void follow(ScrollPane scroller) {
        scroller.sceneProperty().addListener((o, old, scene) -> watch(scroller, scene));
        watch(scroller, scroller.getScene());
    }

    private static void watch(ScrollPane scroller, Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, old, now) -> reveal(scroller, now));
        }
    }

    private static void reveal(ScrollPane scroller, Node focused) {
        Node content = scroller.getContent();
        if (focused == null || content == null || !isInside(content, focused)) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewHeight = scroller.getViewportBounds().getHeight();
        double hidden = contentHeight - viewHeight;
        if (hidden <= 0) {
            return;
        }
        double top = scroller.getVvalue() * hidden;
        if (field.getMinY() - MARGIN < top) {
            top = field.getMinY() - MARGIN;
        } else if (field.getMaxY() + MARGIN > top + viewHeight) {
            top = field.getMaxY() + MARGIN - viewHeight;
        } else {
            return;
        }
        scroller.setVvalue(Math.max(0, Math.min(1, top / hidden)));
    }

    private static boolean isInside(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
