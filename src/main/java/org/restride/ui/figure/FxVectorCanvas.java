package org.restride.ui.figure;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.restride.figure.Rgb;
import org.restride.figure.VectorCanvas;

/**
 * A {@link VectorCanvas} over a JavaFX canvas, so the window draws a figure with the same painter as the PDF.
 * JavaFX keeps a path after painting it; the painter expects it gone, so the next move after a fill or stroke
 * begins a new path.
 */
public final class FxVectorCanvas implements VectorCanvas {
    private final GraphicsContext g;
    private boolean pathOpen;

    public FxVectorCanvas(GraphicsContext g) {
        this.g = g;
    }

    @Override
    public void moveTo(double x, double y) {
        if (!pathOpen) {
            g.beginPath();
            pathOpen = true;
        }
        g.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        g.lineTo(x, y);
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        g.quadraticCurveTo(controlX, controlY, x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        g.bezierCurveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        g.closePath();
    }

    @Override
    public void fill(Rgb colour) {
        g.setFill(fx(colour));
        g.setFillRule(FillRule.NON_ZERO);
        g.fill();
        pathOpen = false;
    }

    @Override
    public void stroke(Rgb colour, double width, Cap cap, Join join) {
        g.setStroke(fx(colour));
        g.setLineWidth(width);
        g.setLineCap(cap == Cap.BUTT ? StrokeLineCap.BUTT : cap == Cap.SQUARE ? StrokeLineCap.SQUARE : StrokeLineCap.ROUND);
        g.setLineJoin(join == Join.MITER ? StrokeLineJoin.MITER : join == Join.BEVEL ? StrokeLineJoin.BEVEL
                : StrokeLineJoin.ROUND);
        g.stroke();
        pathOpen = false;
    }

    @Override
    public void save() {
        g.save();
    }

    @Override
    public void restore() {
        g.restore();
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double sx, double sy) {
        g.scale(sx, sy);
    }

    static Color fx(Rgb colour) {
        return Color.rgb(colour.red(), colour.green(), colour.blue());
    }
}
