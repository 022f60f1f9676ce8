package org.restride.figure;

/** A point or direction in drawing units (y up). */
record Vec2(double x, double y) {
    static Vec2 polar(double length, double degreesFromRight) {
        double a = Math.toRadians(degreesFromRight);
        return new Vec2(length * Math.cos(a), length * Math.sin(a));
    }

    Vec2 plus(Vec2 o) {
        return new Vec2(x + o.x, y + o.y);
    }

    Vec2 plus(double dx, double dy) {
        return new Vec2(x + dx, y + dy);
    }

    Vec2 minus(Vec2 o) {
        return new Vec2(x - o.x, y - o.y);
    }

    Vec2 times(double k) {
        return new Vec2(x * k, y * k);
    }

    double length() {
        return Math.hypot(x, y);
    }

    Vec2 unit() {
        double l = length();
        return l < 1e-9 ? new Vec2(1, 0) : new Vec2(x / l, y / l);
    }

    /** This direction turned a quarter anticlockwise. */
    Vec2 normal() {
        return new Vec2(-y, x);
    }

    Vec2 lerp(Vec2 o, double t) {
        return new Vec2(x + (o.x - x) * t, y + (o.y - y) * t);
    }

    double cross(Vec2 o) {
        return x * o.y - y * o.x;
    }
}
