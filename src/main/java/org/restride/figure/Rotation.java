package org.restride.figure;

/** A 3 × 3 rotation matrix; the figure's joints chain these from the pelvis outwards. */
record Rotation(double m00, double m01, double m02, double m10, double m11, double m12, double m20, double m21,
                double m22) {
    static final Rotation IDENTITY = new Rotation(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /** Turns x towards y (forward towards up) by the angle. */
    static Rotation aboutZ(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rotation(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /** Turns y towards z (up towards her left) by the angle. */
    static Rotation aboutX(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rotation(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /** Turns z towards x (her left towards forward) by the angle. */
    static Rotation aboutY(double degrees) {
        double c = Math.cos(Math.toRadians(degrees));
        double s = Math.sin(Math.toRadians(degrees));
        return new Rotation(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    Rotation then(Rotation o) {
        return new Rotation(
                m00 * o.m00 + m01 * o.m10 + m02 * o.m20, m00 * o.m01 + m01 * o.m11 + m02 * o.m21, m00 * o.m02 + m01 * o.m12 + m02 * o.m22,
                m10 * o.m00 + m11 * o.m10 + m12 * o.m20, m10 * o.m01 + m11 * o.m11 + m12 * o.m21, m10 * o.m02 + m11 * o.m12 + m12 * o.m22,
                m20 * o.m00 + m21 * o.m10 + m22 * o.m20, m20 * o.m01 + m21 * o.m11 + m22 * o.m21, m20 * o.m02 + m21 * o.m12 + m22 * o.m22);
    }

    Vec3 apply(double x, double y, double z) {
        return new Vec3(m00 * x + m01 * y + m02 * z, m10 * x + m11 * y + m12 * z, m20 * x + m21 * y + m22 * z);
    }
}
