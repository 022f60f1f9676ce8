package org.restride.ui.common;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * A list as tall as its rows, so that it never scrolls inside itself and sits in a page that scrolls as one: its
 * height at a width is the sum of what each row's cell needs at that width. Rows wrap ({@link FittedCell}), so the
 * height depends on the width; the list says so (a horizontal content bias), and its container asks at the width it
 * will give. A row with no cell yet (just added) counts as {@code estimate}, and the list is measured again once its
 * cell is made.
 */
public class FittedList<T> extends ListView<T> {
    private final double estimate;
    private boolean remeasureAsked;
    private int estimatedBefore = -1;

    public FittedList(double estimate) {
        this.estimate = estimate;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double room = (width >= 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
        int count = getItems().size();
        double rows = count == 0 ? estimate : 0;
        int estimated = 0;
        VirtualFlow<?> flow = lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        for (int i = 0; i < count; i++) {
            IndexedCell<?> cell = flow == null ? null : flow.getVisibleCell(i);
            if (cell == null || cell.isEmpty() || room <= 0) {
                rows += estimate;
                estimated++;
            } else {
                rows += snapSizeY(cell.prefHeight(room));
            }
        }
        if (estimated > 0 && estimated != estimatedBefore) {
            remeasureOnceShown(); // once per change in what is missing: a list that is not shown does not ask forever
        }
        estimatedBefore = estimated;
        return snappedTopInset() + rows + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    /** After the layout that makes the missing rows' cells, the list measures them and takes their height. */
    private void remeasureOnceShown() {
        if (!remeasureAsked) {
            remeasureAsked = true;
            Platform.runLater(() -> {
                remeasureAsked = false;
                requestLayout();
            });
        }
    }
}
