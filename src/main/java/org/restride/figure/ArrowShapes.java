package org.restride.figure;

import java.util.List;
import java.util.Map;

/** Draws motion arrows: a shaft and a filled head, in the accent colour. */
final class ArrowShapes {
    private static final double WIDTH = 0.02;
    private static final double HEAD_LENGTH = 0.06;
    private static final double HEAD_HALF_WIDTH = 0.036;

    private final Rgb colour;

    ArrowShapes(Rgb colour) {
        this.colour = colour;
    }

    /** {@code end} may be null (a still figure): a MOVE arrow then has nothing to follow and is left out. */
    Layer draw(Arrow arrow, Map<BodyPoint, Vec2> start, Map<BodyPoint, Vec2> end) {
        Layer layer = new Layer();
        Vec2 at = (end != null && arrow.kind() != Arrow.Kind.MOVE ? end : start).get(arrow.at()).plus(arrow.dx(), arrow.dy());
        switch (arrow.kind()) {
            case MOVE -> {
                if (end != null) {
                    Vec2 to = end.get(arrow.at()).plus(arrow.dx(), arrow.dy());
                    curved(layer, at, to, arrow.bend());
                }
            }
            case STRAIGHT -> curved(layer, at, at.plus(Vec2.polar(arrow.length(), arrow.angle())), arrow.bend());
            case BOTH_WAYS -> {
                Vec2 half = Vec2.polar(arrow.length() / 2, arrow.angle());
                curved(layer, at, at.plus(half), 0);
                curved(layer, at, at.minus(half), 0);
            }
            case TURN -> turn(layer, at, arrow.length(), arrow.angle(), arrow.bend());
            case BREATH -> {
                Vec2 gap = Vec2.polar(0.02, arrow.angle());
                Vec2 reach = Vec2.polar(arrow.length(), arrow.angle());
                curved(layer, at.plus(gap), at.plus(gap).plus(reach), 0);
                curved(layer, at.minus(gap), at.minus(gap).minus(reach), 0);
            }
            default -> throw new IllegalStateException("no drawing for " + arrow.kind());
        }
        return layer;
    }

    private void curved(Layer layer, Vec2 from, Vec2 to, double bend) {
        Vec2 span = to.minus(from);
        if (span.length() < HEAD_LENGTH * 1.2) {
            return;
        }
        Vec2 control = from.lerp(to, 0.5).plus(span.normal().times(bend));
        Vec2 direction = to.minus(control).unit();
        Vec2 base = to.minus(direction.times(HEAD_LENGTH * 0.8));
        PathData.Builder shaft = PathData.builder();
        shaft.moveTo(from.x(), from.y());
        shaft.quadTo(control.x(), control.y(), base.x(), base.y());
        layer.add(Mark.stroked(shaft.build(), colour, WIDTH));
        head(layer, to, direction);
    }

    private void turn(Layer layer, Vec2 centre, double radius, double startDegrees, double sweepDegrees) {
        double headSweep = Math.toDegrees(HEAD_LENGTH * 0.8 / radius) * Math.signum(sweepDegrees);
        PathData.Builder shaft = PathData.builder();
        Vec2 start = centre.plus(Vec2.polar(radius, startDegrees));
        shaft.moveTo(start.x(), start.y());
        Shapes.arc(shaft, centre, radius, startDegrees, sweepDegrees - headSweep);
        layer.add(Mark.stroked(shaft.build(), colour, WIDTH));
        double endAngle = startDegrees + sweepDegrees;
        Vec2 tip = centre.plus(Vec2.polar(radius, endAngle));
        Vec2 tangent = Vec2.polar(1, endAngle + 90 * Math.signum(sweepDegrees));
        head(layer, tip, tangent);
    }

    private void head(Layer layer, Vec2 tip, Vec2 direction) {
        Vec2 back = tip.minus(direction.times(HEAD_LENGTH));
        Vec2 side = direction.normal().times(HEAD_HALF_WIDTH);
        layer.add(Mark.filledAndStroked(Shapes.polygon(List.of(tip, back.plus(side), back.minus(side))), colour, 0.008));
    }
}
