package org.restride.figure;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A {@link VectorCanvas} writing vector path operators into a PDF content stream (no images). It covers a box
 * given in PDF user space (origin bottom-left, y up) and offers the usual y-down coordinates inside it:
 * (0, 0) is the box's top-left corner and (width, height) its bottom-right. Close it to restore the graphics
 * state; {@link #paint} does both for one drawing.
 */
public final class PdfVectorCanvas implements VectorCanvas, AutoCloseable {
    private final PDPageContentStream stream;
    private int depth;
    private double currentX;
    private double currentY;

    public PdfVectorCanvas(PDPageContentStream stream, float x, float y, float width, float height) {
        this.stream = stream;
        run(() -> {
            stream.saveGraphicsState();
            stream.transform(new Matrix(1, 0, 0, -1, x, y + height));
        });
    }

    /** Paints a figure into the box, restoring the content stream's graphics state afterwards. */
    public static void paint(PDPageContentStream stream, float x, float y, float width, float height, Figure figure,
                             FigurePainter painter) {
        try (PdfVectorCanvas canvas = new PdfVectorCanvas(stream, x, y, width, height)) {
            painter.paint(figure, canvas, 0, 0, width, height);
        }
    }

    @Override
    public void moveTo(double x, double y) {
        run(() -> stream.moveTo((float) x, (float) y));
        currentX = x;
        currentY = y;
    }

    @Override
    public void lineTo(double x, double y) {
        run(() -> stream.lineTo((float) x, (float) y));
        currentX = x;
        currentY = y;
    }

    /** PDF has no quadratic curves: raised to the equivalent cubic. */
    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        curveTo(currentX + 2.0 / 3 * (controlX - currentX), currentY + 2.0 / 3 * (controlY - currentY),
                x + 2.0 / 3 * (controlX - x), y + 2.0 / 3 * (controlY - y), x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        run(() -> stream.curveTo((float) c1x, (float) c1y, (float) c2x, (float) c2y, (float) x, (float) y));
        currentX = x;
        currentY = y;
    }

    @Override
    public void closePath() {
        run(stream::closePath);
    }

    @Override
    public void fill(Rgb colour) {
        run(() -> {
            stream.setNonStrokingColor((float) colour.redFraction(), (float) colour.greenFraction(), (float) colour.blueFraction());
            stream.fill();
        });
    }

    @Override
    public void stroke(Rgb colour, double width, Cap cap, Join join) {
        run(() -> {
            stream.setStrokingColor((float) colour.redFraction(), (float) colour.greenFraction(), (float) colour.blueFraction());
            stream.setLineWidth((float) width);
            stream.setLineCapStyle(cap == Cap.BUTT ? 0 : cap == Cap.ROUND ? 1 : 2);
            stream.setLineJoinStyle(join == Join.MITER ? 0 : join == Join.ROUND ? 1 : 2);
            stream.stroke();
        });
    }

    @Override
    public void save() {
        run(stream::saveGraphicsState);
        depth++;
    }

    @Override
    public void restore() {
        if (depth > 0) {
            run(stream::restoreGraphicsState);
            depth--;
        }
    }

    @Override
    public void translate(double dx, double dy) {
        run(() -> stream.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }

    @Override
    public void scale(double sx, double sy) {
        run(() -> stream.transform(Matrix.getScaleInstance((float) sx, (float) sy)));
    }

    /** Restores every state this canvas saved, including its own box transform. */
    @Override
    public void close() {
        while (depth > 0) {
            restore();
        }
        run(stream::restoreGraphicsState);
    }

    private interface PdfWork {
        void run() throws IOException;
    }

    private static void run(PdfWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the picture into the PDF failed: " + e.getMessage(), e);
        }
    }
}
