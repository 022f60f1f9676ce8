package org.restride.ui.common;

import javafx.scene.layout.VBox;

/** A column that remembers its heights per width until something inside it changes ({@link MeasuredHeights}). */
public class MeasuredVBox extends VBox {
    private final MeasuredHeights measured = new MeasuredHeights(this, this::measurePrefHeight, this::measureMinHeight);

    public MeasuredVBox(double spacing) {
        super(spacing);
    }

    @Override
    protected final double computePrefHeight(double width) {
        return measured.pref(width);
    }

    @Override
    protected final double computeMinHeight(double width) {
        return measured.min(width);
    }

    /** Works the preferred height out, as a column does; only when it is not remembered. */
    protected double measurePrefHeight(double width) {
        return super.computePrefHeight(width);
    }

    /** Works the least height out, as a column does; only when it is not remembered. */
    protected double measureMinHeight(double width) {
        return super.computeMinHeight(width);
    }
}
