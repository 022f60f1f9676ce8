package org.restride.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayDeque;
import java.util.Deque;

/** A {@link VectorCanvas} on Java2D, for PNG pictures (tests, exports). Turns antialiasing on. */
public final class Graphics2DCanvas implements VectorCanvas {
    private final Graphics2D g;
    private final Deque<AffineTransform> saved = new ArrayDeque<>();
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);

    public Graphics2DCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        path.lineTo(x, y);
    }

    @Override
    public void quadTo(double controlX, double controlY, double x, double y) {
        path.quadTo(controlX, controlY, x, y);
    }

    @Override
    public void curveTo(double c1x, double c1y, double c2x, double c2y, double x, double y) {
        path.curveTo(c1x, c1y, c2x, c2y, x, y);
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void fill(Rgb colour) {
        g.setColor(awt(colour));
        g.fill(path);
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    }

    @Override
    public void stroke(Rgb colour, double width, Cap cap, Join join) {
        g.setColor(awt(colour));
        g.setStroke(new BasicStroke((float) width, awtCap(cap), awtJoin(join)));
        g.draw(path);
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    }

    @Override
    public void save() {
        saved.push(g.getTransform());
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            g.setTransform(saved.pop());
        }
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }

    @Override
    public void scale(double sx, double sy) {
        g.scale(sx, sy);
    }

    private static Color awt(Rgb c) {
        return new Color(c.red(), c.green(), c.blue());
    }

    private static int awtCap(Cap cap) {
        if (cap == Cap.BUTT) {
            return BasicStroke.CAP_BUTT;
        }
        return cap == Cap.SQUARE ? BasicStroke.CAP_SQUARE : BasicStroke.CAP_ROUND;
    }

    private static int awtJoin(Join join) {
        if (join == Join.MITER) {
            return BasicStroke.JOIN_MITER;
        }
        return join == Join.BEVEL ? BasicStroke.JOIN_BEVEL : BasicStroke.JOIN_ROUND;
    }
}
