package org.restride.figure;

/** Looks at body space from a camera turned by the view angle (0 from her right side, 90 from the front). */
record Projection(double viewDegrees) {
    Vec2 project(Vec3 p) {
        double a = Math.toRadians(viewDegrees);
        double x = p.x() * Math.cos(a) + p.z() * Math.sin(a);
        return new Vec2(x, p.y());
    }

    /** Larger is nearer the viewer. */
    double depth(Vec3 p) {
        double a = Math.toRadians(viewDegrees);
        return p.x() * Math.sin(a) - p.z() * Math.cos(a);
    }
}
