package org.restride.figure;

import java.util.ArrayList;
import java.util.List;

/** An ordered list of marks, painted first to last, with its bounds. */
final class Layer {
    private final List<Mark> marks = new ArrayList<>();

    Layer add(Mark mark) {
        if (!mark.path().isEmpty()) {
            marks.add(mark);
        }
        return this;
    }

    Layer addAll(Layer other) {
        marks.addAll(other.marks);
        return this;
    }

    List<Mark> marks() {
        return marks;
    }

    boolean isEmpty() {
        return marks.isEmpty();
    }

    Layer translated(double dx, double dy) {
        Layer out = new Layer();
        for (Mark mark : marks) {
            out.marks.add(mark.translated(dx, dy));
        }
        return out;
    }

    /** {minX, minY, maxX, maxY}; an empty layer gives infinities. */
    double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Mark mark : marks) {
            double[] m = mark.bounds();
            b[0] = Math.min(b[0], m[0]);
            b[1] = Math.min(b[1], m[1]);
            b[2] = Math.max(b[2], m[2]);
            b[3] = Math.max(b[3], m[3]);
        }
        return b;
    }

    void paint(VectorCanvas canvas) {
        for (Mark mark : marks) {
            mark.paint(canvas);
        }
    }
}
