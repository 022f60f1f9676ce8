package org.restride.figure;

/** Receives path outlines: move, line, quadratic and cubic curves, close; plus circle and rounded-rectangle helpers. */
public interface PathSink {
    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void quadTo(double controlX, double controlY, double x, double y);

    void curveTo(double control1X, double control1Y, double control2X, double control2Y, double x, double y);

    void closePath();

    /** Adds a closed circle to the current path (four cubic curves). */
    default void circle(double centreX, double centreY, double radius) {
        double k = 0.5522847498 * radius;
        moveTo(centreX + radius, centreY);
        curveTo(centreX + radius, centreY + k, centreX + k, centreY + radius, centreX, centreY + radius);
        curveTo(centreX - k, centreY + radius, centreX - radius, centreY + k, centreX - radius, centreY);
        curveTo(centreX - radius, centreY - k, centreX - k, centreY - radius, centreX, centreY - radius);
        curveTo(centreX + k, centreY - radius, centreX + radius, centreY - k, centreX + radius, centreY);
        closePath();
    }

    /** Adds a closed rectangle with rounded corners (radius clipped to half the shorter side). */
    default void roundedRect(double x, double y, double width, double height, double radius) {
        double r = Math.max(0, Math.min(radius, Math.min(width, height) / 2));
        double k = 0.5522847498 * r;
        moveTo(x + r, y);
        lineTo(x + width - r, y);
        curveTo(x + width - r + k, y, x + width, y + r - k, x + width, y + r);
        lineTo(x + width, y + height - r);
        curveTo(x + width, y + height - r + k, x + width - r + k, y + height, x + width - r, y + height);
        lineTo(x + r, y + height);
        curveTo(x + r - k, y + height, x, y + height - r + k, x, y + height - r);
        lineTo(x, y + r);
        curveTo(x, y + r - k, x + r - k, y, x + r, y);
        closePath();
    }
}
