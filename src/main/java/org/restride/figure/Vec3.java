package org.restride.figure;

/** A point in the figure's body space: x forward, y up, z to her left. */
record Vec3(double x, double y, double z) {
    static final Vec3 ZERO = new Vec3(0, 0, 0);

    Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    Vec3 minus(Vec3 o) {
        return new Vec3(x - o.x, y - o.y, z - o.z);
    }

    Vec3 times(double k) {
        return new Vec3(x * k, y * k, z * k);
    }

    Vec3 lerp(Vec3 o, double t) {
        return plus(o.minus(this).times(t));
    }
}
