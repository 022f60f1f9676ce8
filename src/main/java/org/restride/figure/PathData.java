package org.restride.figure;

import java.util.Arrays;

/** An immutable vector path in drawing units: move, line, quadratic and cubic curves, close. */
final class PathData {
    private static final int MOVE = 0;
    private static final int LINE = 1;
    private static final int QUAD = 2;
    private static final int CURVE = 3;
    private static final int CLOSE = 4;

    private final int[] ops;
    private final double[] coords;

    private PathData(int[] ops, double[] coords) {
        this.ops = ops;
        this.coords = coords;
    }

    static Builder builder() {
        return new Builder();
    }

    /** Replays the path onto a canvas. */
    void replay(VectorCanvas canvas) {
        int c = 0;
        for (int op : ops) {
            if (op == MOVE) {
                canvas.moveTo(coords[c], coords[c + 1]);
                c += 2;
            } else if (op == LINE) {
                canvas.lineTo(coords[c], coords[c + 1]);
                c += 2;
            } else if (op == QUAD) {
                canvas.quadTo(coords[c], coords[c + 1], coords[c + 2], coords[c + 3]);
                c += 4;
            } else if (op == CURVE) {
                canvas.curveTo(coords[c], coords[c + 1], coords[c + 2], coords[c + 3], coords[c + 4], coords[c + 5]);
                c += 6;
            } else {
                canvas.closePath();
            }
        }
    }

    PathData translated(double dx, double dy) {
        double[] moved = coords.clone();
        for (int i = 0; i < moved.length; i += 2) {
            moved[i] += dx;
            moved[i + 1] += dy;
        }
        return new PathData(ops, moved);
    }

    PathData rotated(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        double[] turned = coords.clone();
        for (int i = 0; i < turned.length; i += 2) {
            turned[i] = coords[i] * c - coords[i + 1] * s;
            turned[i + 1] = coords[i] * s + coords[i + 1] * c;
        }
        return new PathData(ops, turned);
    }

    /** Bounds of all points, control points included (so never too small): {minX, minY, maxX, maxY}. */
    double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < coords.length; i += 2) {
            b[0] = Math.min(b[0], coords[i]);
            b[1] = Math.min(b[1], coords[i + 1]);
            b[2] = Math.max(b[2], coords[i]);
            b[3] = Math.max(b[3], coords[i + 1]);
        }
        return b;
    }

    boolean isEmpty() {
        return ops.length == 0;
    }

    /** Collects path operations; all the shape helpers a figure needs live here. */
    static final class Builder implements PathSink {
        private int[] ops = new int[16];
        private int opCount;
        private double[] coords = new double[32];
        private int coordCount;

        private void op(int op, double... values) {
            if (opCount == ops.length) {
                ops = Arrays.copyOf(ops, ops.length * 2);
            }
            ops[opCount++] = op;
            while (coordCount + values.length > coords.length) {
                coords = Arrays.copyOf(coords, coords.length * 2);
            }
            System.arraycopy(values, 0, coords, coordCount, values.length);
            coordCount += values.length;
        }

        @Override
        public void moveTo(double x, double y) {
            op(MOVE, x, y);
        }

        @Override
        public void lineTo(double x, double y) {
            op(LINE, x, y);
        }

        @Override
        public void quadTo(double controlX, double controlY, double x, double y) {
            op(QUAD, controlX, controlY, x, y);
        }

        @Override
        public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
            op(CURVE, c1x, c1y, c2x, c2y, x, y);
        }

        @Override
        public void closePath() {
            op(CLOSE);
        }

        Builder polygon(Vec2... points) {
            moveTo(points[0].x(), points[0].y());
            for (int i = 1; i < points.length; i++) {
                lineTo(points[i].x(), points[i].y());
            }
            closePath();
            return this;
        }

        Builder polyline(Vec2... points) {
            moveTo(points[0].x(), points[0].y());
            for (int i = 1; i < points.length; i++) {
                lineTo(points[i].x(), points[i].y());
            }
            return this;
        }

        Builder circleAt(Vec2 centre, double radius) {
            circle(centre.x(), centre.y(), radius);
            return this;
        }

        PathData build() {
            return new PathData(Arrays.copyOf(ops, opCount), Arrays.copyOf(coords, coordCount));
        }
    }
}
