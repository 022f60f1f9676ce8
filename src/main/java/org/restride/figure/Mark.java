package org.restride.figure;

/** One painted shape in drawing units: a path that is filled, stroked, or both (fill first). */
record Mark(PathData path, Rgb fill, Rgb stroke, double strokeWidth, VectorCanvas.Cap cap) {
    static Mark filled(PathData path, Rgb colour) {
        return new Mark(path, colour, null, 0, VectorCanvas.Cap.ROUND);
    }

    static Mark stroked(PathData path, Rgb colour, double width) {
        return new Mark(path, null, colour, width, VectorCanvas.Cap.ROUND);
    }

    static Mark filledAndStroked(PathData path, Rgb colour, double width) {
        return new Mark(path, colour, colour, width, VectorCanvas.Cap.ROUND);
    }

    static Mark outlined(PathData path, Rgb fill, Rgb line, double width) {
        return new Mark(path, fill, line, width, VectorCanvas.Cap.ROUND);
    }

    Mark translated(double dx, double dy) {
        return new Mark(path.translated(dx, dy), fill, stroke, strokeWidth, cap);
    }

    /** The same outline stroked wider in the background colour: a thin gap that keeps overlapping parts apart. */
    Mark halo(Rgb background, double gap) {
        return new Mark(path, null, background, strokeWidth + 2 * gap, VectorCanvas.Cap.ROUND);
    }

    /** {minX, minY, maxX, maxY}, stroke included. */
    double[] bounds() {
        double[] b = path.bounds();
        double half = stroke == null ? 0 : strokeWidth / 2;
        return new double[] {b[0] - half, b[1] - half, b[2] + half, b[3] + half};
    }

    void paint(VectorCanvas canvas) {
        if (fill != null) {
            path.replay(canvas);
            canvas.fill(fill);
        }
        if (stroke != null) {
            path.replay(canvas);
            canvas.stroke(stroke, strokeWidth, cap, VectorCanvas.Join.ROUND);
        }
    }
}
