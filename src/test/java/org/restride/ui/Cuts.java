package org.restride.ui;

import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The ways a text can show cut on a laid-out screen, each a {@link ScreenTour.Check}: a label ending in an
 * ellipsis, a field narrower than what it holds, a text box that hides lines, a row drawn over the next, a text
 * cut by the edge of the box around it.
 */
final class Cuts {
    /** Half a pixel of rounding is not a cut. */
    private static final double SLACK = 1;

    private Cuts() {
    }

    /** A shown Labeled (wrapping or not) whose text node shows less than its text, ending in the ellipsis. */
    static void ellipsis(Node root, String screen, List<String> found) {
        for (Node node : ScreenTour.shownNodes(root)) {
            if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text text && text.getText() != null && !text.getText().equals(labeled.getText())
                            && text.getText().endsWith(labeled.getEllipsisString())) {
                        found.add(screen + ": \"" + labeled.getText() + "\" shows as \"" + text.getText() + "\" ("
                                + name(labeled) + ")");
                    }
                }
            }
        }
    }

    /**
     * A one-line field (a TextField, a ComboBox's or a Spinner's editor) whose text, in the field's own font, is
     * wider than the room inside its padding at the width it is laid out: its start or end is out of sight.
     */
    static void fields(Node root, String screen, List<String> found) {
        for (Node node : ScreenTour.shownNodes(root)) {
            if (node instanceof TextField field && field.getText() != null && !field.getText().isEmpty()
                    && field.getWidth() > 0) {
                double needed = width(field.getText(), field);
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (needed > room + SLACK) {
                    found.add(screen + ": field " + name(field) + " holds \"" + field.getText() + "\" ("
                            + Math.round(needed) + " px) in " + Math.round(room) + " px");
                }
            }
        }
    }

    /** A text box whose text needs more lines (or width) than it shows without scrolling. */
    static void textAreas(Node root, String screen, List<String> found) {
        for (Node node : ScreenTour.shownNodes(root)) {
            if (node instanceof TextArea area && area.getText() != null && !area.getText().isEmpty()
                    && area.lookup(".scroll-pane") instanceof ScrollPane scroller && scroller.getContent() != null) {
                Bounds view = scroller.getViewportBounds();
                Region content = (Region) scroller.getContent();
                double needed = content.prefHeight(view.getWidth());
                if (needed > view.getHeight() + SLACK || content.prefWidth(-1) > view.getWidth() + SLACK && !area.isWrapText()) {
                    found.add(screen + ": text box " + name(area) + " needs " + Math.round(needed) + " px of lines, shows "
                            + Math.round(view.getHeight()) + " px (\"" + excerpt(area.getText()) + "\")");
                }
            }
        }
    }

    /** A row of a list or table whose content reaches past the row, over the next one (or the one above). */
    static void cells(Node root, String screen, List<String> found) {
        for (Node node : ScreenTour.shownNodes(root)) {
            if (node instanceof IndexedCell<?> cell && !cell.isEmpty() && cell.getHeight() > 0) {
                for (Node child : cell.getChildrenUnmodifiable()) {
                    Bounds b = child.getBoundsInParent();
                    if (child.isVisible() && !b.isEmpty() && (b.getMaxY() > cell.getHeight() + SLACK || b.getMinY() < -SLACK)) {
                        found.add(screen + ": a row of " + name(cell.getParent() == null ? cell : owner(cell)) + " is "
                                + Math.round(cell.getHeight()) + " px high, its content " + Math.round(b.getHeight())
                                + " px (" + excerpt(texts(child)) + ")");
                    }
                }
            }
        }
    }

    /**
     * A label's or a text's words reaching past the edge of a box that cuts what lies outside it (a split pane's
     * side, a tab's content), past the bounds of the box that holds them, or past the window's edge. A scrolling view's edge is not a
     * cut: what lies beyond it is a scroll away. A chart's axis centres its end labels on its end ticks, past its
     * own box by design; only a clip cuts them.
     */
    static void clipped(Node root, String screen, List<String> found) {
        for (Node node : ScreenTour.shownNodes(root)) {
            if (node instanceof Text text && text.getText() != null && !text.getText().isBlank() && !insideField(text)
                    && !text.getBoundsInLocal().isEmpty()) {
                String edge = edgeCutting(text);
                if (edge != null) {
                    found.add(screen + ": \"" + excerpt(text.getText()) + "\" reaches past the edge of " + edge);
                }
            }
        }
    }

    /** The box (or the window) whose edge cuts the text, or null if none does before a scrolling view. */
    private static String edgeCutting(Text text) {
        Bounds own = text.localToScene(text.getBoundsInLocal());
        for (Node up = text.getParent(); up != null; up = up.getParent()) {
            if (scrolling(up)) {
                return null;
            }
            Bounds box = up.getClip() != null ? up.localToScene(up.getClip().getBoundsInLocal())
                    : up instanceof Region r && !(up instanceof Labeled) && !(up instanceof Axis) && up == text.getParent()
                    ? up.localToScene(new BoundingBox(0, 0, r.getWidth(), r.getHeight())) : null;
            if (box != null && outside(own, box)) {
                return name(up);
            }
        }
        return outside(own, new BoundingBox(0, 0, text.getScene().getWidth(), text.getScene().getHeight()))
                ? "the window" : null;
    }

    private static boolean outside(Bounds inner, Bounds outer) {
        return inner.getMinX() < outer.getMinX() - SLACK || inner.getMaxX() > outer.getMaxX() + SLACK
                || inner.getMinY() < outer.getMinY() - SLACK || inner.getMaxY() > outer.getMaxY() + SLACK;
    }

    /** The edge of a scroll pane's view or a list's rows: what lies beyond is a scroll away. */
    private static boolean scrolling(Node node) {
        return node.getStyleClass().contains("viewport") || node.getStyleClass().contains("clipped-container");
    }

    private static boolean insideField(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static Node owner(IndexedCell<?> cell) {
        for (Node n = cell.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n;
            }
        }
        return cell;
    }

    private static double width(String s, TextInputControl field) {
        Text probe = new Text(s);
        probe.setFont(field.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    private static String texts(Node node) {
        StringBuilder s = new StringBuilder();
        if (node instanceof Text t) {
            s.append(t.getText());
        } else if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                String inner = texts(child);
                if (!inner.isEmpty()) {
                    s.append(s.length() == 0 ? "" : " / ").append(inner);
                }
            }
        }
        return s.toString();
    }

    private static String excerpt(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }

    /** The node's id, or its kind and where it sits (its nearest parent with an id). */
    private static String name(Node node) {
        if (node.getId() != null) {
            return "#" + node.getId();
        }
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return node.getClass().getSimpleName() + " in #" + n.getId();
            }
        }
        return node.getClass().getSimpleName();
    }
}
