package org.restride.ui.common;

import java.util.function.DoubleUnaryOperator;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Remembers a container's least and preferred heights at the widths they were measured for, until something inside
 * it asks for a new layout. JavaFX keeps no such figures for a given width, and a scroll pane that fits its content
 * to its width measures every child again on each pulse (at two widths: with and without its scroll bar), nested
 * boxes three times over: with a dozen phase cards that is most of the work of moving one exercise.
 * <p>
 * Heights are kept only when measured with nothing inside changing. Those asked for while a layout was under way
 * (a new width, a change) are measured again once the pulse has laid the window out, so the next key finds them.
 */
public final class MeasuredHeights {
    private final Parent owner;
    private final Remembered pref;
    private final Remembered min;
    private final Runnable afterLayout = this::measureWhatWasAsked;
    private Scene scene;

    public MeasuredHeights(Parent owner, DoubleUnaryOperator prefHeight, DoubleUnaryOperator minHeight) {
        this.owner = owner;
        this.pref = new Remembered(prefHeight);
        this.min = new Remembered(minHeight);
        owner.needsLayoutProperty().addListener((o, was, now) -> {
            if (now) {
                pref.forget();
                min.forget();
            }
        });
        owner.sceneProperty().addListener((o, old, now) -> follow(now));
        follow(owner.getScene());
    }

    public double pref(double width) {
        return pref.at(width);
    }

    public double min(double width) {
        return min.at(width);
    }

    private void follow(Scene now) {
        if (scene != null) {
            scene.removePostLayoutPulseListener(afterLayout);
        }
        scene = now;
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    private void measureWhatWasAsked() {
        if (!owner.isNeedsLayout()) {
            pref.measureAsked();
            min.measureAsked();
        }
    }

    /** A few widths' heights, and the widths asked for while they could not be kept. */
    private final class Remembered {
        private static final int WIDTHS = 4;
        private final DoubleUnaryOperator measure;
        private final double[] widths = new double[WIDTHS];
        private final double[] heights = new double[WIDTHS];
        private final double[] asked = new double[WIDTHS];
        private int count;
        private int next;
        private int askedCount;

        Remembered(DoubleUnaryOperator measure) {
            this.measure = measure;
        }

        double at(double width) {
            boolean clean = !owner.isNeedsLayout();
            int known = find(width);
            if (clean && known >= 0) {
                return heights[known];
            }
            double height = measure.applyAsDouble(width);
            if (clean) {
                keep(width, height);
            } else if (askedCount < WIDTHS && !wasAsked(width)) {
                asked[askedCount++] = width;
            }
            return height;
        }

        void measureAsked() {
            for (int i = 0; i < askedCount; i++) {
                if (find(asked[i]) < 0) {
                    keep(asked[i], measure.applyAsDouble(asked[i]));
                }
            }
            askedCount = 0;
        }

        private int find(double width) {
            for (int i = 0; i < count; i++) {
                if (Double.compare(widths[i], width) == 0) {
                    return i;
                }
            }
            return -1;
        }

        private boolean wasAsked(double width) {
            for (int i = 0; i < askedCount; i++) {
                if (Double.compare(asked[i], width) == 0) {
                    return true;
                }
            }
            return false;
        }

        private void keep(double width, double height) {
            widths[next] = width;
            heights[next] = height;
            next = (next + 1) % WIDTHS;
            count = Math.min(count + 1, WIDTHS);
        }

        void forget() {
            count = 0;
            next = 0;
        }
    }
}
