package org.restride.ui.common;

import java.util.function.DoubleUnaryOperator;
import javafx.scene.Parent;

/**
 * Remembers a container's least and preferred heights at the widths they were measured for, until something inside
 * it asks for a new layout. JavaFX keeps no such figures for a given width, and a scroll pane that fits its content
 * to its width measures every child again on each pulse (at two widths: with and without its scroll bar), nested
 * boxes three times over: with a dozen phase cards that is most of the work of moving one exercise.
 */
public final class MeasuredHeights {
    private final Parent owner;
    private final Remembered pref = new Remembered();
    private final Remembered min = new Remembered();

    public MeasuredHeights(Parent owner) {
        this.owner = owner;
        owner.needsLayoutProperty().addListener((o, was, now) -> {
            if (now) {
                pref.forget();
                min.forget();
            }
        });
    }

    public double pref(double width, DoubleUnaryOperator measure) {
        return pref.at(width, measure);
    }

    public double min(double width, DoubleUnaryOperator measure) {
        return min.at(width, measure);
    }

    /** A few widths' heights; a figure is good only while nothing inside has changed since it was measured. */
    private final class Remembered {
        private static final int WIDTHS = 4;
        private final double[] widths = new double[WIDTHS];
        private final double[] heights = new double[WIDTHS];
        private int count;
        private int next;

        double at(double width, DoubleUnaryOperator measure) {
            boolean clean = !owner.isNeedsLayout();
            if (clean) {
                for (int i = 0; i < count; i++) {
                    if (Double.compare(widths[i], width) == 0) {
                        return heights[i];
                    }
                }
            }
            double height = measure.applyAsDouble(width);
            if (clean) {
                widths[next] = width;
                heights[next] = height;
                next = (next + 1) % WIDTHS;
                count = Math.min(count + 1, WIDTHS);
            }
            return height;
        }

        void forget() {
            count = 0;
            next = 0;
        }
    }
}
