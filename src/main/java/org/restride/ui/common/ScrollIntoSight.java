package org.restride.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a page just enough that something on it shows whole, as Tab does for a field: for what the keyboard reached
 * without Tab (a moved or added row, what undo brought back). Nothing moves when it already shows; something taller
 * than the view shows from its top. It waits for the next layout, when the rows have their heights.
 */
public final class ScrollIntoSight {
    private static final int MAX_LAYOUTS = 3;
    private final ScrollPane scroller;
    private final double margin;
    private Supplier<? extends Node> pending;

    /** Leaves {@code margin} of room above or below what it brings into sight. */
    public ScrollIntoSight(ScrollPane scroller, double margin) {
        this.scroller = scroller;
        this.margin = margin;
        Runnable afterLayout = this::reveal;
        onScene(scroller, scene -> scene.addPostLayoutPulseListener(afterLayout),
                scene -> scene.removePostLayoutPulseListener(afterLayout));
    }

    /** On a long form: whatever the keyboard or a click moves to on the page is brought into sight too. */
    public static void followFocus(ScrollPane scroller, double margin) {
        ScrollIntoSight sight = new ScrollIntoSight(scroller, margin);
        ChangeListener<Node> focus = (o, old, now) -> {
            if (now != null && inside(now, scroller.getContent())) {
                sight.request(() -> now);
            }
        };
        onScene(scroller, scene -> scene.focusOwnerProperty().addListener(focus),
                scene -> scene.focusOwnerProperty().removeListener(focus));
    }

    /** Hooks {@code on} to the scene the scroller is in, now and whenever it moves to another. */
    private static void onScene(ScrollPane scroller, Consumer<Scene> on, Consumer<Scene> off) {
        if (scroller.getScene() != null) {
            on.accept(scroller.getScene());
        }
        scroller.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                off.accept(old);
            }
            if (now != null) {
                on.accept(now);
            }
        });
    }

    /** After the next layout, brings the node that {@code target} gives then into sight; a later request replaces it. */
    public void request(Supplier<? extends Node> target) {
        pending = target;
        Platform.requestNextPulse();
    }

    private void reveal() {
        Supplier<? extends Node> target = pending;
        pending = null;
        Scene scene = scroller.getScene();
        Node content = scroller.getContent();
        if (target == null || scene == null || content == null) {
            return;
        }
        for (int pass = 0; pass < MAX_LAYOUTS && scroller.isNeedsLayout(); pass++) {
            scroller.layout(); // rows measured in this pulse grow the page before it is measured here
        }
        Node node = target.get();
        if (node == null || !inside(node, content)) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double view = scroller.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - view;
        if (b == null || range <= 0 || view <= 0) {
            return;
        }
        double span = scroller.getVmax() - scroller.getVmin();
        double top = (scroller.getVvalue() - scroller.getVmin()) / span * range;
        double wanted = top;
        if (b.getMinY() < top) {
            wanted = b.getMinY() - margin;
        } else if (b.getMaxY() > top + view) {
            wanted = Math.min(b.getMinY() - margin, b.getMaxY() - view + margin);
        }
        if (wanted != top) {
            scroller.setVvalue(scroller.getVmin() + Math.max(0, Math.min(1, wanted / range)) * span);
            scroller.layout();
        }
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
