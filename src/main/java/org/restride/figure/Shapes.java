package org.restride.figure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Outline geometry: tapered capsules for limbs, arcs, and convex hulls for the trunk. */
final class Shapes {
    private Shapes() {
    }

    /** A limb segment: two circles joined by their outer tangents (a rounded, tapering shape). */
    static PathData capsule(Vec2 a, double ra, Vec2 b, double rb) {
        PathData.Builder path = PathData.builder();
        Vec2 ab = b.minus(a);
        double d = ab.length();
        if (d <= Math.abs(ra - rb) + 1e-6) {
            return path.circleAt(ra >= rb ? a : b, Math.max(ra, rb)).build();
        }
        double axis = Math.toDegrees(Math.atan2(ab.y(), ab.x()));
        double phi = Math.toDegrees(Math.asin((ra - rb) / d));
        double t1 = axis + 90 - phi;
        double t2 = axis - 90 + phi;
        Vec2 start = a.plus(Vec2.polar(ra, t1));
        path.moveTo(start.x(), start.y());
        Vec2 p = b.plus(Vec2.polar(rb, t1));
        path.lineTo(p.x(), p.y());
        arc(path, b, rb, t1, t2 - t1);
        p = a.plus(Vec2.polar(ra, t2));
        path.lineTo(p.x(), p.y());
        arc(path, a, ra, t2, -(360 - (t1 - t2)));
        path.closePath();
        return path.build();
    }

    /** Appends an arc (cubic pieces of at most 90°) from the current point, which must be on the circle. */
    static void arc(PathSink path, Vec2 centre, double radius, double startDegrees, double sweepDegrees) {
        int pieces = Math.max(1, (int) Math.ceil(Math.abs(sweepDegrees) / 90 - 1e-9));
        double step = Math.toRadians(sweepDegrees / pieces);
        double a0 = Math.toRadians(startDegrees);
        double k = 4.0 / 3.0 * Math.tan(step / 4) * radius;
        for (int i = 0; i < pieces; i++) {
            double a1 = a0 + step;
            double x0 = centre.x() + radius * Math.cos(a0);
            double y0 = centre.y() + radius * Math.sin(a0);
            double x1 = centre.x() + radius * Math.cos(a1);
            double y1 = centre.y() + radius * Math.sin(a1);
            path.curveTo(x0 - k * Math.sin(a0), y0 + k * Math.cos(a0), x1 + k * Math.sin(a1), y1 - k * Math.cos(a1), x1, y1);
            a0 = a1;
        }
    }

    /** The convex hull of the points, anticlockwise (Andrew's monotone chain). */
    static List<Vec2> hull(List<Vec2> points) {
        List<Vec2> sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparingDouble(Vec2::x).thenComparingDouble(Vec2::y));
        List<Vec2> out = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int base = out.size();
            for (Vec2 p : sorted) {
                while (out.size() >= base + 2 && turn(out.get(out.size() - 2), out.get(out.size() - 1), p) <= 0) {
                    out.remove(out.size() - 1);
                }
                out.add(p);
            }
            out.remove(out.size() - 1);
            Collections.reverse(sorted);
        }
        return out;
    }

    private static double turn(Vec2 o, Vec2 a, Vec2 b) {
        return a.minus(o).cross(b.minus(o));
    }

    /** A closed smooth outline through the polygon's edge midpoints, using its corners as control points. */
    static PathData rounded(List<Vec2> polygon) {
        PathData.Builder path = PathData.builder();
        int n = polygon.size();
        Vec2 start = polygon.get(n - 1).lerp(polygon.get(0), 0.5);
        path.moveTo(start.x(), start.y());
        for (int i = 0; i < n; i++) {
            Vec2 corner = polygon.get(i);
            Vec2 next = corner.lerp(polygon.get((i + 1) % n), 0.5);
            path.quadTo(corner.x(), corner.y(), next.x(), next.y());
        }
        path.closePath();
        return path.build();
    }

    static PathData polygon(List<Vec2> points) {
        return PathData.builder().polygon(points.toArray(Vec2[]::new)).build();
    }

    static PathData circle(Vec2 centre, double radius) {
        return PathData.builder().circleAt(centre, radius).build();
    }

    static PathData line(Vec2... points) {
        return PathData.builder().polyline(points).build();
    }
}
