package org.restride.figure;

/**
 * Looks at body space from a camera turned by the view angle (0 from her right side, 90 from her front) and
 * raised by the tilt angle (0 level, larger looks down on her from above).
 */
record Projection(double viewDegrees, double tiltDegrees) {
    Vec2 project(Vec3 p) {
        double a = Math.toRadians(viewDegrees);
        double t = Math.toRadians(tiltDegrees);
        double x = p.x() * Math.cos(a) + p.z() * Math.sin(a);
        return new Vec2(x, p.y() * Math.cos(t) - levelDepth(p) * Math.sin(t));
    }

    /** Larger is nearer the viewer. */
    double depth(Vec3 p) {
        double t = Math.toRadians(tiltDegrees);
        return levelDepth(p) * Math.cos(t) + p.y() * Math.sin(t);
    }

    private double levelDepth(Vec3 p) {
        double a = Math.toRadians(viewDegrees);
        return p.x() * Math.sin(a) - p.z() * Math.cos(a);
    }
}
