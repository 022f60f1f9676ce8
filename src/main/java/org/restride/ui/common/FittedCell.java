package org.restride.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ListCell;

/**
 * A list row whose content (its graphic) wraps to the list's width and whose height is what that content needs at
 * that width: a third line of a summary makes the row taller instead of being drawn over the next row. The row
 * asks for no width of its own, so the list never scrolls sideways.
 */
public class FittedCell<T> extends ListCell<T> {
    public FittedCell() {
        setPrefWidth(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        Node graphic = getGraphic();
        if (graphic == null || getText() != null && !getText().isEmpty()) {
            return super.computePrefHeight(width);
        }
        double room = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        return snappedTopInset() + graphic.prefHeight(Math.max(0, room)) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        Node graphic = getGraphic();
        if (graphic != null && graphic.isResizable() && (getText() == null || getText().isEmpty())) {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            double h = getHeight() - snappedTopInset() - snappedBottomInset();
            graphic.resizeRelocate(snappedLeftInset(), snappedTopInset(), w, h);
        }
    }
}
