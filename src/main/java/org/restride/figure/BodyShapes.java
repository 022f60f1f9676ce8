package org.restride.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Draws a posed body: trunk, head and limbs as filled rounded shapes, painted far to near. */
final class BodyShapes {
    /** The gap kept around each part where it crosses a part behind it. */
    static final double GAP = 0.009;
    private static final double FAR_BEHIND = 0.03;
    private static final double LEG_IN_FRONT = 0.12;

    /** Colours for one frame: solid (near and far tints) or ghosted. */
    record Colours(Rgb body, Rgb far, Rgb accent, Rgb accentFar, Rgb background) {
        static Colours solid(FigureStyle style) {
            return new Colours(style.body(), style.bodyFar(), style.accent(), style.accentFar(), style.background());
        }

        static Colours ghost(FigureStyle style) {
            return new Colours(style.ghostBody(), style.ghostBody(), style.ghostAccent(), style.ghostAccent(), style.background());
        }
    }

    /** A drawn frame: the body marks, and where its named points landed on the page. */
    record Drawn(Layer layer, Map<BodyPoint, Vec2> points) {
        Drawn translated(double dx, double dy) {
            Map<BodyPoint, Vec2> moved = new EnumMap<>(BodyPoint.class);
            points.forEach((k, v) -> moved.put(k, v.plus(dx, dy)));
            return new Drawn(layer.translated(dx, dy), moved);
        }
    }

    /** A part drawn as one: its gap outline (when {@code halo}) goes round the whole part. */
    private record Item(double depth, List<Mark> marks, boolean halo) {
    }

    private final Projection projection;
    private final Colours colours;
    private final Set<BodyPart> accent;

    BodyShapes(Projection projection, Colours colours, Set<BodyPart> accent) {
        this.projection = projection;
        this.colours = colours;
        this.accent = accent;
    }

    Drawn draw(Skeleton.Posed body) {
        Map<BodyPoint, Vec2> points = new EnumMap<>(BodyPoint.class);
        body.points().forEach((k, v) -> points.put(k, projection.project(v)));
        double trunkDepth = (depth(body, BodyPoint.PELVIS) + depth(body, BodyPoint.NECK)) / 2;
        List<Item> items = new ArrayList<>();
        items.add(new Item(trunkDepth, trunk(body), false));
        items.add(head(body));
        for (int side = 0; side < 2; side++) {
            boolean left = side == 0;
            items.add(leg(body, left, trunkDepth));
            items.add(arm(body, left, trunkDepth));
        }
        items.sort(Comparator.comparingDouble(Item::depth));
        Layer layer = new Layer();
        for (Item item : items) {
            if (item.halo) {
                for (Mark mark : item.marks) {
                    layer.add(mark.halo(colours.background(), GAP));
                }
            }
            for (Mark mark : item.marks) {
                layer.add(mark);
            }
        }
        if (accent.contains(BodyPart.PELVIC_FLOOR)) {
            layer.add(pelvicFloor(body));
        }
        return new Drawn(layer, points);
    }

    private List<Mark> trunk(Skeleton.Posed body) {
        List<Mark> marks = new ArrayList<>();
        marks.add(Mark.filled(slices(body.lowerTrunk()), colour(BodyPart.LOWER_TRUNK, false)));
        marks.add(Mark.filled(slices(body.upperTrunk()), colour(BodyPart.UPPER_TRUNK, false)));
        return marks;
    }

    private PathData slices(List<Skeleton.Slice> slices) {
        List<Vec2> outline = new ArrayList<>();
        for (Skeleton.Slice slice : slices) {
            for (int i = 0; i < 24; i++) {
                double a = Math.toRadians(i * 15);
                Vec3 p = slice.centre().plus(slice.frame().apply(slice.halfDepth() * Math.cos(a), 0, slice.halfWidth() * Math.sin(a)));
                outline.add(projection.project(p));
            }
        }
        return Shapes.polygon(Shapes.hull(outline));
    }

    private Item head(Skeleton.Posed body) {
        Rgb colour = colour(BodyPart.HEAD, false);
        List<Mark> marks = new ArrayList<>();
        Vec2 head = projection.project(body.headCentre());
        Vec2 neck = projection.project(body.point(BodyPoint.NECK));
        Mark bun = Mark.filled(Shapes.circle(projection.project(body.bun()), 0.032), colour);
        boolean bunBehind = projection.depth(body.bun()) < projection.depth(body.headCentre());
        if (bunBehind) {
            marks.add(bun);
        }
        marks.add(Mark.filled(Shapes.capsule(neck.lerp(head, 0.15), 0.03, head, 0.026), colour));
        marks.add(Mark.filled(Shapes.circle(head, Skeleton.HEAD_RADIUS), colour));
        if (!bunBehind) {
            marks.add(bun);
        }
        return new Item(projection.depth(body.headCentre()), marks, true);
    }

    private Item leg(Skeleton.Posed body, boolean left, double trunkDepth) {
        Vec3 hip = body.point(left ? BodyPoint.L_HIP : BodyPoint.R_HIP);
        Vec3 knee = body.point(left ? BodyPoint.L_KNEE : BodyPoint.R_KNEE);
        Vec3 ankle = body.point(left ? BodyPoint.L_ANKLE : BodyPoint.R_ANKLE);
        double depth = (projection.depth(hip) + projection.depth(knee) + projection.depth(ankle)) / 3;
        boolean far = depth < trunkDepth - FAR_BEHIND;
        List<Mark> marks = new ArrayList<>();
        List<Vec2> foot = body.feet().get(left ? 0 : 1).stream().map(projection::project).toList();
        marks.add(Mark.filledAndStroked(Shapes.polygon(foot), colour(left ? BodyPart.L_FOOT : BodyPart.R_FOOT, far),
                Skeleton.FOOT_LINE));
        marks.add(Mark.filled(Shapes.capsule(p(knee), 0.038, p(ankle), 0.025), colour(left ? BodyPart.L_SHIN : BodyPart.R_SHIN, far)));
        marks.add(Mark.filled(Shapes.capsule(p(hip), 0.058, p(knee), 0.04), colour(left ? BodyPart.L_THIGH : BodyPart.R_THIGH, far)));
        // Legs join the trunk from behind (a clean hip line) unless they clearly come towards the viewer.
        double order = depth > trunkDepth + LEG_IN_FRONT ? depth : Math.min(depth, trunkDepth) - 0.5;
        return new Item(far ? order - 1 : order, marks, true);
    }

    private Item arm(Skeleton.Posed body, boolean left, double trunkDepth) {
        Vec3 shoulder = body.point(left ? BodyPoint.L_SHOULDER : BodyPoint.R_SHOULDER);
        Vec3 elbow = body.point(left ? BodyPoint.L_ELBOW : BodyPoint.R_ELBOW);
        Vec3 wrist = body.wrists().get(left ? 0 : 1);
        Vec3 hand = body.point(left ? BodyPoint.L_HAND : BodyPoint.R_HAND);
        double depth = (projection.depth(shoulder) + projection.depth(elbow) + projection.depth(wrist)) / 3;
        // An arm in front of the chest is drawn over it; one level with the trunk goes behind a near leg.
        boolean far = depth < trunkDepth - FAR_BEHIND;
        Rgb fore = colour(left ? BodyPart.L_FOREARM : BodyPart.R_FOREARM, far);
        List<Mark> marks = new ArrayList<>();
        marks.add(Mark.filled(Shapes.capsule(p(wrist), 0.02, p(hand), 0.024), fore));
        marks.add(Mark.filled(Shapes.capsule(p(elbow), 0.026, p(wrist), 0.02), fore));
        marks.add(Mark.filled(Shapes.capsule(p(shoulder), 0.034, p(elbow), 0.027),
                colour(left ? BodyPart.L_UPPER_ARM : BodyPart.R_UPPER_ARM, far)));
        return new Item(far ? depth - 1 : depth + 0.001, marks, true);
    }

    /** A small sling at the base of the pelvis, in the accent colour. */
    private Mark pelvicFloor(Skeleton.Posed body) {
        Vec3 centre = body.point(BodyPoint.PELVIC_FLOOR);
        Vec3 front = body.point(BodyPoint.BELLY).minus(body.point(BodyPoint.LOWER_BACK));
        Vec3 up = body.point(BodyPoint.WAIST).minus(body.point(BodyPoint.PELVIS));
        Vec3 side = body.point(BodyPoint.L_HIP).minus(body.point(BodyPoint.PELVIS));
        Vec2 a = projection.project(centre.plus(front.times(0.32)).plus(up.times(0.12)).plus(side.times(0.5)));
        Vec2 b = projection.project(centre.minus(front.times(0.32)).plus(up.times(0.12)).minus(side.times(0.5)));
        Vec2 low = projection.project(centre.minus(up.times(0.18)));
        PathData.Builder path = PathData.builder();
        path.moveTo(a.x(), a.y());
        path.quadTo(2 * low.x() - (a.x() + b.x()) / 2, 2 * low.y() - (a.y() + b.y()) / 2, b.x(), b.y());
        return Mark.stroked(path.build(), colours.accent(), 0.024);
    }

    private Vec2 p(Vec3 v) {
        return projection.project(v);
    }

    private double depth(Skeleton.Posed body, BodyPoint point) {
        return projection.depth(body.point(point));
    }

    private Rgb colour(BodyPart part, boolean far) {
        if (accent.contains(part)) {
            return far ? colours.accentFar() : colours.accent();
        }
        return far ? colours.far() : colours.body();
    }
}
