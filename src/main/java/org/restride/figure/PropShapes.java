package org.restride.figure;

import java.util.List;
import java.util.Map;

/** Draws props in a plain outline style, placed from the body points of a frame (drawing units, ground at y = 0). */
final class PropShapes {
    static final double MAT_THICKNESS = 0.022;
    private static final double LINE = 0.012;

    /** What a prop is placed from: this frame's points, the start frame's points and the bodies' extent. */
    record Place(Map<BodyPoint, Vec2> points, Map<BodyPoint, Vec2> startPoints, double bodyMinX, double bodyMaxX,
                 double view, boolean ghost) {
    }

    private final FigureStyle style;

    PropShapes(FigureStyle style) {
        this.style = style;
    }

    Layer draw(Prop prop, Place place) {
        Vec2 a = place.points().get(prop.at()).plus(prop.dx(), prop.dy());
        double k = prop.size();
        Rgb fill = place.ghost() ? style.ghostBody().lighter(0.4) : style.propFill();
        Rgb line = place.ghost() ? style.ghostBody() : style.propLine();
        Rgb weight = place.ghost() ? style.ghostBody() : style.weight();
        Layer layer = new Layer();
        switch (prop.type()) {
            case MAT -> layer.add(Mark.filled(roundedRect(place.bodyMinX() - 0.05, -MAT_THICKNESS,
                    place.bodyMaxX() - place.bodyMinX() + 0.1, MAT_THICKNESS, 0.011), style.mat()));
            case WALL -> wall(layer, a, place, fill, line);
            case CHAIR, STOOL -> chair(layer, prop, a, place, fill, line);
            case STEP, CUSHION -> box(layer, prop.type(), a, k, fill, line);
            case BENCH, BED -> bench(layer, prop.type(), a, k, fill, line);
            case PULL_UP_BAR -> {
                layer.add(Mark.stroked(Shapes.line(a.plus(-0.2 * k, 0), a.plus(0.2 * k, 0)), weight, 0.026));
                layer.add(Mark.stroked(Shapes.line(a.plus(-0.2 * k, 0.16), a.plus(-0.2 * k, 0), a.plus(0.2 * k, 0),
                        a.plus(0.2 * k, 0.16)), line, LINE));
            }
            case PILLOW -> layer.add(Mark.outlined(rotated(a, 0.22 * k, 0.075 * k, prop.angle(), 0.035 * k), fill, line, LINE));
            case BAND -> band(layer, prop, place, line);
            case DUMBBELL -> dumbbell(layer, prop, a, place, weight);
            case KETTLEBELL -> kettlebell(layer, a, k, weight);
            case BARBELL -> barbell(layer, a, k, place.view(), weight, fill);
            case LANDMINE -> {
                Vec2 pivot = new Vec2(a.x() - 0.62 * k, 0.02);
                Vec2 tip = a.plus(a.minus(pivot).unit().times(0.08));
                layer.add(Mark.stroked(Shapes.line(pivot, tip), weight, 0.024));
                layer.add(Mark.filled(Shapes.circle(a.lerp(tip, 0.6), 0.07), weight));
                layer.add(Mark.outlined(roundedRect(pivot.x() - 0.05, 0, 0.1, 0.035, 0.01), fill, line, LINE));
            }
            case BALL -> {
                layer.add(Mark.outlined(Shapes.circle(a, 0.11 * k), fill, line, LINE));
                layer.add(Mark.stroked(Shapes.line(a.plus(-0.1 * k, 0.03 * k), a.plus(0.1 * k, 0.03 * k)), line, LINE * 0.7));
            }
            case BABY -> baby(layer, a, k, prop.angle(), place.ghost(), line);
            case CAR_SEAT -> carSeat(layer, a, k, fill, line);
            case BUGGY -> buggy(layer, a, k, fill, line, weight);
            default -> throw new IllegalStateException("no drawing for " + prop.type());
        }
        return layer;
    }

    private void wall(Layer layer, Vec2 a, Place place, Rgb fill, Rgb line) {
        boolean inFront = a.x() > (place.bodyMinX() + place.bodyMaxX()) / 2;
        double x0 = inFront ? a.x() : a.x() - 0.06;
        layer.add(Mark.filled(rect(x0, 0, 0.06, 1.18), fill));
        double face = inFront ? a.x() : a.x();
        layer.add(Mark.stroked(Shapes.line(new Vec2(face, 0), new Vec2(face, 1.18)), line, LINE));
    }

    private void chair(Layer layer, Prop prop, Vec2 a, Place place, Rgb fill, Rgb line) {
        boolean held = prop.at() == BodyPoint.L_HAND || prop.at() == BodyPoint.R_HAND || prop.at() == BodyPoint.HANDS;
        double k = prop.size();
        double depth = 0.24 * k;
        double backHeight = prop.type() == PropType.CHAIR ? 0.24 * k : 0;
        double seatTop;
        double back;
        int away;
        if (held) {
            boolean inFront = a.x() > (place.bodyMinX() + place.bodyMaxX()) / 2;
            away = inFront ? 1 : -1;
            seatTop = a.y() - backHeight;
            back = a.x();
        } else {
            away = prop.angle() == 180 ? -1 : 1;
            seatTop = a.y();
            back = a.x() - away * 0.075 * k;
        }
        double front = back + away * depth;
        double left = Math.min(back, front);
        layer.add(Mark.outlined(roundedRect(left, seatTop - 0.03, depth, 0.03, 0.01), fill, line, LINE));
        double legInset = 0.02 * away;
        layer.add(Mark.stroked(Shapes.line(new Vec2(back + legInset, seatTop - 0.03), new Vec2(back + legInset, 0)), line, 0.016));
        layer.add(Mark.stroked(Shapes.line(new Vec2(front - legInset, seatTop - 0.03), new Vec2(front - legInset, 0)), line, 0.016));
        if (backHeight > 0) {
            layer.add(Mark.stroked(Shapes.line(new Vec2(back + legInset, seatTop), new Vec2(back + legInset - away * 0.02,
                    seatTop + backHeight)), line, 0.018));
        }
    }

    private void box(Layer layer, PropType type, Vec2 a, double k, Rgb fill, Rgb line) {
        double width = (type == PropType.STEP ? 0.3 : 0.26) * k;
        double top = Math.max(a.y(), 0.04);
        double radius = type == PropType.STEP ? 0.012 : top / 2;
        layer.add(Mark.outlined(roundedRect(a.x() - width / 2, 0, width, top, radius), fill, line, LINE));
    }

    private void bench(Layer layer, PropType type, Vec2 a, double k, Rgb fill, Rgb line) {
        boolean bed = type == PropType.BED;
        double width = (bed ? 0.95 : 0.6) * k;
        double pad = bed ? 0.08 : 0.04;
        double x0 = a.x() - width / 2;
        layer.add(Mark.stroked(Shapes.line(new Vec2(x0 + 0.05, a.y() - pad), new Vec2(x0 + 0.05, 0)), line, 0.018));
        layer.add(Mark.stroked(Shapes.line(new Vec2(x0 + width - 0.05, a.y() - pad), new Vec2(x0 + width - 0.05, 0)), line, 0.018));
        layer.add(Mark.outlined(roundedRect(x0, a.y() - pad, width, pad, bed ? 0.03 : 0.012), fill, line, LINE));
    }

    private void band(Layer layer, Prop prop, Place place, Rgb line) {
        Vec2 a = place.points().get(prop.at());
        if (prop.to() == prop.at()) {
            Vec2 c = a.plus(prop.dx(), prop.dy());
            layer.add(Mark.stroked(rotated(c, 0.05, 0.13, prop.angle(), 0.025), line, 0.016));
            return;
        }
        Vec2 b;
        if (prop.to() != null) {
            b = place.points().get(prop.to());
        } else {
            b = place.startPoints().get(prop.at()).plus(prop.dx(), prop.dy());
            layer.add(Mark.filled(Shapes.circle(b, 0.018), line));
        }
        layer.add(Mark.stroked(Shapes.line(a, b), line, 0.016));
    }

    private void dumbbell(Layer layer, Prop prop, Vec2 hand, Place place, Rgb weight) {
        BodyPoint elbowPoint = prop.at() == BodyPoint.L_HAND ? BodyPoint.L_ELBOW : BodyPoint.R_ELBOW;
        Vec2 forearm = hand.minus(place.points().get(elbowPoint).plus(prop.dx(), prop.dy())).unit();
        Vec2 along = forearm.normal();
        double turn = Math.toRadians(prop.angle());
        along = new Vec2(along.x() * Math.cos(turn) - along.y() * Math.sin(turn), along.x() * Math.sin(turn) + along.y() * Math.cos(turn));
        double k = prop.size();
        layer.add(Mark.stroked(Shapes.line(hand.minus(along.times(0.07 * k)), hand.plus(along.times(0.07 * k))), weight, 0.02 * k));
        for (int end = -1; end <= 1; end += 2) {
            Vec2 c = hand.plus(along.times(end * 0.075 * k));
            double angle = Math.toDegrees(Math.atan2(along.y(), along.x()));
            layer.add(Mark.filled(rotated(c, 0.045 * k, 0.085 * k, angle, 0.012 * k), weight));
        }
    }

    private void kettlebell(Layer layer, Vec2 hand, double k, Rgb weight) {
        Vec2 bell = hand.plus(0, -0.1 * k);
        layer.add(Mark.stroked(Shapes.line(bell.plus(-0.035 * k, 0.02 * k), hand.plus(-0.03 * k, 0), hand.plus(0.03 * k, 0),
                bell.plus(0.035 * k, 0.02 * k)), weight, 0.02 * k));
        layer.add(Mark.filled(Shapes.circle(bell, 0.065 * k), weight));
        layer.add(Mark.filled(roundedRect(bell.x() - 0.05 * k, bell.y() - 0.068 * k, 0.1 * k, 0.03 * k, 0.01), weight));
    }

    private void barbell(Layer layer, Vec2 a, double k, double view, Rgb weight, Rgb fill) {
        if (Math.abs(view) < 45) {
            layer.add(Mark.filled(Shapes.circle(a, 0.135 * k), weight));
            layer.add(Mark.filled(Shapes.circle(a, 0.03 * k), fill));
            return;
        }
        layer.add(Mark.stroked(Shapes.line(a.plus(-0.42 * k, 0), a.plus(0.42 * k, 0)), weight, 0.016));
        for (int end = -1; end <= 1; end += 2) {
            layer.add(Mark.filled(roundedRect(a.x() + end * 0.33 * k - 0.025, a.y() - 0.135 * k, 0.05, 0.27 * k, 0.012), weight));
        }
    }

    private void baby(Layer layer, Vec2 a, double k, double angle, boolean ghost, Rgb line) {
        Rgb blanket = ghost ? style.ghostAccent().lighter(0.5) : Rgb.hex("#F4E4D4");
        Vec2 along = Vec2.polar(1, angle);
        Vec2 head = a.plus(along.times(0.1 * k));
        layer.add(Mark.outlined(Shapes.capsule(a.minus(along.times(0.09 * k)), 0.04 * k, a.plus(along.times(0.03 * k)), 0.048 * k),
                blanket, line, LINE * 0.8));
        layer.add(Mark.outlined(Shapes.circle(head, 0.042 * k), blanket, line, LINE * 0.8));
    }

    private void carSeat(Layer layer, Vec2 hand, double k, Rgb fill, Rgb line) {
        Vec2 centre = hand.plus(0, -0.2 * k);
        PathData.Builder shell = PathData.builder();
        shell.moveTo(centre.x() - 0.17 * k, centre.y() + 0.04 * k);
        shell.curveTo(centre.x() - 0.17 * k, centre.y() - 0.12 * k, centre.x() + 0.15 * k, centre.y() - 0.12 * k,
                centre.x() + 0.15 * k, centre.y() - 0.02 * k);
        shell.lineTo(centre.x() + 0.05 * k, centre.y() - 0.0 * k);
        shell.closePath();
        layer.add(Mark.outlined(shell.build(), fill, line, LINE));
        PathData.Builder handle = PathData.builder();
        handle.moveTo(centre.x() - 0.14 * k, centre.y() + 0.02 * k);
        handle.curveTo(centre.x() - 0.12 * k, hand.y() + 0.02 * k, centre.x() + 0.12 * k, hand.y() + 0.02 * k,
                centre.x() + 0.13 * k, centre.y() - 0.01 * k);
        layer.add(Mark.stroked(handle.build(), line, 0.018));
    }

    private void buggy(Layer layer, Vec2 hand, double k, Rgb fill, Rgb line, Rgb weight) {
        Vec2 seat = new Vec2(hand.x() + 0.36 * k, 0.3 * k);
        layer.add(Mark.stroked(Shapes.line(hand, new Vec2(hand.x() + 0.26 * k, 0.08 * k)), line, 0.018));
        layer.add(Mark.stroked(Shapes.line(new Vec2(hand.x() + 0.12 * k, 0.05 * k), new Vec2(hand.x() + 0.5 * k, 0.05 * k)), line, 0.016));
        PathData.Builder body = PathData.builder();
        body.moveTo(seat.x() - 0.14 * k, seat.y() + 0.03 * k);
        body.curveTo(seat.x() - 0.14 * k, seat.y() - 0.12 * k,
                seat.x() + 0.14 * k, seat.y() - 0.12 * k, seat.x() + 0.14 * k, seat.y() + 0.03 * k);
        body.closePath();
        layer.add(Mark.outlined(body.build(), fill, line, LINE));
        PathData.Builder hood = PathData.builder();
        hood.moveTo(seat.x() - 0.14 * k, seat.y() + 0.03 * k);
        hood.quadTo(seat.x() - 0.14 * k, seat.y() + 0.17 * k, seat.x() + 0.02 * k, seat.y() + 0.15 * k);
        hood.lineTo(seat.x() - 0.02 * k, seat.y() + 0.03 * k);
        hood.closePath();
        layer.add(Mark.outlined(hood.build(), fill, line, LINE));
        for (double x : List.of(hand.x() + 0.15 * k, hand.x() + 0.48 * k)) {
            layer.add(Mark.outlined(Shapes.circle(new Vec2(x, 0.05 * k), 0.05 * k), fill, weight, 0.016));
        }
    }

    static PathData rect(double x, double y, double w, double h) {
        return Shapes.polygon(List.of(new Vec2(x, y), new Vec2(x + w, y), new Vec2(x + w, y + h), new Vec2(x, y + h)));
    }

    static PathData roundedRect(double x, double y, double w, double h, double r) {
        PathData.Builder path = PathData.builder();
        path.roundedRect(x, y, w, h, r);
        return path.build();
    }

    /** A rounded rectangle of the given size centred on a point and turned by the angle. */
    static PathData rotated(Vec2 centre, double w, double h, double degrees, double r) {
        PathData base = roundedRect(-w / 2, -h / 2, w, h, r);
        return base.rotated(degrees).translated(centre.x(), centre.y());
    }
}
