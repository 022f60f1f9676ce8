package org.restride.ui.common;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/**
 * A text box that grows to show all of its text, wrapped to its width, never fewer than {@code rows} lines (one
 * row: one line of its text): a purpose or a note is read whole, with no scroll bar hiding its last line.
 */
public final class GrowingText {
    private GrowingText() {
    }

    public static TextArea fit(TextArea area, int rows) {
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setMinHeight(Region.USE_PREF_SIZE);
        InvalidationListener refit = o -> refit(area);
        area.textProperty().addListener(refit);
        area.widthProperty().addListener(refit);
        area.fontProperty().addListener(refit);
        area.skinProperty().addListener(o -> {
            if (area.lookup(".scroll-pane") instanceof ScrollPane scroller) {
                scroller.viewportBoundsProperty().addListener(refit);
            }
            refit(area);
        });
        return area;
    }

    /** The same for a one-paragraph text (a tempo, a short note): Enter hands it on instead of starting a line. */
    public static TextArea fitOneParagraph(TextArea area, int rows, Runnable onEnter) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onEnter.run();
            }
        });
        return fit(area, rows);
    }

    /** Asks for the height of the text at the width the box shows it, plus the box's own edges. */
    private static void refit(TextArea area) {
        if (!(area.lookup(".scroll-pane") instanceof ScrollPane scroller)
                || !(scroller.getContent() instanceof Region content)) {
            return;
        }
        double width = scroller.getViewportBounds().getWidth();
        if (width <= 0) {
            return;
        }
        double edges = area.snappedTopInset() + area.snappedBottomInset() + scroller.snappedTopInset()
                + scroller.snappedBottomInset();
        double shown = area.getPrefHeight();
        double needed = Math.ceil(content.prefHeight(width) + edges);
        if (area.getPrefRowCount() > 1) {
            area.setPrefHeight(Region.USE_COMPUTED_SIZE);
            needed = Math.max(needed, area.prefHeight(-1));
        }
        area.setPrefHeight(Math.abs(shown - needed) > 0.5 ? needed : shown);
    }
}
