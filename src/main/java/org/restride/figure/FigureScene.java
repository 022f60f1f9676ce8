package org.restride.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a {@link Figure} out in drawing units (figure heights, y up, ground at 0): frames grounded and lined up,
 * props, arrows, and the ground line. The painter then fits the result into a box.
 */
final class FigureScene {
    private static final double PAIR_GAP = 0.22;
    private static final Set<BodyPoint> LEFT_SIDE = EnumSet.of(BodyPoint.L_HAND, BodyPoint.L_ELBOW, BodyPoint.L_SHOULDER,
            BodyPoint.L_HIP, BodyPoint.L_KNEE, BodyPoint.L_ANKLE, BodyPoint.L_FOOT, BodyPoint.L_HEEL, BodyPoint.L_TOE);
    /** Candidates for the point that stays put between frames, when the figure names none. */
    private static final List<BodyPoint> ANCHORS = List.of(BodyPoint.R_TOE, BodyPoint.R_HEEL, BodyPoint.L_TOE,
            BodyPoint.L_HEEL, BodyPoint.R_KNEE, BodyPoint.L_KNEE, BodyPoint.SEAT, BodyPoint.UPPER_BACK, BodyPoint.R_HAND,
            BodyPoint.L_HAND, BodyPoint.HEAD);

    private final FigureStyle style;

    FigureScene(FigureStyle style) {
        this.style = style;
    }

    Layer compose(Figure figure) {
        boolean ghost = figure.moves() && figure.layout() == Figure.Layout.GHOST;
        BodyShapes.Drawn start = place(figure, figure.start(), ghost ? BodyShapes.Colours.ghost(style) : BodyShapes.Colours.solid(style));
        BodyShapes.Drawn end = null;
        if (figure.moves()) {
            end = place(figure, figure.end(), BodyShapes.Colours.solid(style));
            // A named support point stays put; a jump stays over the same spot; otherwise the lowest point keeps
            // its place along the ground.
            BodyPoint anchor = figure.support() != null ? figure.support()
                    : figure.end().get(Joint.LIFT) > 0 ? BodyPoint.PELVIS : lowest(start.points());
            Vec2 from = start.points().get(anchor);
            Vec2 to = end.points().get(anchor);
            end = end.translated(from.x() - to.x() + figure.end().get(Joint.SHIFT) - figure.start().get(Joint.SHIFT),
                    figure.support() != null ? from.y() - to.y() : 0);
        }
        double[] extent = start.layer().bounds();
        if (end != null) {
            double[] e = end.layer().bounds();
            extent[0] = Math.min(extent[0], e[0]);
            extent[2] = Math.max(extent[2], e[2]);
        }
        if (figure.moves() && figure.layout() == Figure.Layout.PAIR) {
            Layer left = panel(figure, start, null, start, extent);
            Layer right = panel(figure, end, null, start, extent);
            right.addAll(arrows(figure, start, end));
            double shift = extent[2] - extent[0] + PAIR_GAP;
            Layer scene = new Layer().addAll(left).addAll(right.translated(shift, 0));
            double[] b = scene.bounds();
            scene.addAll(chevron(extent[2] + PAIR_GAP / 2, Math.max(0.25, (b[3]) * 0.45)));
            return withGround(scene, figure);
        }
        Layer scene = panel(figure, end != null ? end : start, end != null ? start : null, start, extent);
        scene.addAll(arrows(figure, start, end));
        return withGround(scene, figure);
    }

    /** Poses one frame and stands it on the ground (or rests its support point at the lift height). */
    private BodyShapes.Drawn place(Figure figure, Pose pose, BodyShapes.Colours colours) {
        Projection projection = new Projection(pose.get(Joint.VIEW), pose.get(Joint.TILT));
        BodyShapes.Drawn drawn = new BodyShapes(projection, colours, figure.accentParts()).draw(Skeleton.pose(pose));
        double base = figure.support() != null ? drawn.points().get(figure.support()).y() : drawn.layer().bounds()[1];
        return drawn.translated(pose.get(Joint.SHIFT), pose.get(Joint.LIFT) - base);
    }

    private static BodyPoint lowest(Map<BodyPoint, Vec2> points) {
        BodyPoint best = ANCHORS.get(0);
        for (BodyPoint p : ANCHORS) {
            if (points.get(p).y() < points.get(best).y() - 1e-6) {
                best = p;
            }
        }
        return best;
    }

    /** Fixed props, then the ghost frame (if any) and the solid frame, each with the props it carries. */
    private Layer panel(Figure figure, BodyShapes.Drawn solid, BodyShapes.Drawn ghost, BodyShapes.Drawn start,
                        double[] extent) {
        PropShapes props = new PropShapes(style);
        Layer layer = new Layer();
        double view = figure.start().get(Joint.VIEW);
        for (Prop prop : figure.props()) {
            if (!prop.type().carried()) {
                BodyShapes.Drawn from = prop.atEnd() && figure.moves() && ghost != null ? solid : start;
                if (prop.atEnd() && figure.layout() == Figure.Layout.PAIR) {
                    from = solid;
                }
                layer.addAll(props.draw(prop, new PropShapes.Place(from.points(), start.points(), extent[0], extent[2], view, false)));
            }
        }
        if (ghost != null) {
            frameWithProps(layer, figure, ghost, start, extent, true);
        }
        frameWithProps(layer, figure, solid, start, extent, false);
        return layer;
    }

    private void frameWithProps(Layer layer, Figure figure, BodyShapes.Drawn frame, BodyShapes.Drawn start, double[] extent,
                                boolean ghost) {
        PropShapes props = new PropShapes(style);
        double view = figure.start().get(Joint.VIEW);
        PropShapes.Place place = new PropShapes.Place(frame.points(), start.points(), extent[0], extent[2], view, ghost);
        Layer behind = new Layer();
        Layer front = new Layer();
        for (Prop prop : figure.props()) {
            if (prop.type().carried()) {
                boolean farSide = Math.abs(view) < 45 && LEFT_SIDE.contains(prop.at());
                boolean plate = prop.type() == PropType.BARBELL && Math.abs(view) < 45;
                (farSide || plate ? behind : front).addAll(props.draw(prop, place));
            }
        }
        layer.addAll(behind).addAll(frame.layer()).addAll(front);
    }

    private Layer arrows(Figure figure, BodyShapes.Drawn start, BodyShapes.Drawn end) {
        ArrowShapes shapes = new ArrowShapes(style.accent());
        Layer layer = new Layer();
        for (Arrow arrow : figure.arrows()) {
            layer.addAll(shapes.draw(arrow, start.points(), end == null ? null : end.points()));
        }
        return layer;
    }

    /** A small chevron between the two frames of a pair. */
    private Layer chevron(double x, double y) {
        PathData.Builder path = PathData.builder();
        path.polyline(new Vec2(x - 0.03, y + 0.05), new Vec2(x + 0.03, y), new Vec2(x - 0.03, y - 0.05));
        return new Layer().add(Mark.stroked(path.build(), style.ground(), 0.02));
    }

    /** The ground line under everything (under the mat when there is one). */
    private Layer withGround(Layer scene, Figure figure) {
        double[] b = scene.bounds();
        boolean mat = figure.props().stream().anyMatch(p -> p.type() == PropType.MAT);
        double y = mat ? -PropShapes.MAT_THICKNESS : 0;
        Layer ground = new Layer().add(Mark.stroked(Shapes.line(new Vec2(b[0] - 0.06, y), new Vec2(b[2] + 0.06, y)),
                style.ground(), 0.012));
        return ground.addAll(scene);
    }
}
