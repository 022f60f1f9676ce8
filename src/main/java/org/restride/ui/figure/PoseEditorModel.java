package org.restride.ui.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.restride.figure.Arrow;
import org.restride.figure.BasePoses;
import org.restride.figure.BodyPoint;
import org.restride.figure.Figure;
import org.restride.figure.Joint;
import org.restride.figure.Pose;
import org.restride.figure.Prop;
import org.restride.figure.PropType;

/**
 * A figure being drawn: a base pose to start from, joint values for the start and end frames, props, accented
 * parts and a motion arrow. Every change makes a new {@link Figure}, which the preview shows at once.
 */
public final class PoseEditorModel {
    /** Which frame a slider moves. */
    public enum Frame { START, END }

    /** Where each prop goes when the PT ticks it: the place most built-in drawings use. */
    private static final Map<PropType, Prop> PLACES = places();

    private final BasePoses bases;
    private final ReadOnlyObjectWrapper<Figure> figure;

    public PoseEditorModel(BasePoses bases, Figure initial) {
        this.bases = bases;
        this.figure = new ReadOnlyObjectWrapper<>(initial);
    }

    /** A standing figure, for an exercise that has no drawing yet. */
    public static Figure fresh(BasePoses bases) {
        return Figure.still(bases.find("standing").orElse(Pose.NEUTRAL));
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public Figure figure() {
        return figure.get();
    }

    public List<String> baseNames() {
        return bases.names();
    }

    /** Starts both frames from a named pose; props, accent and arrows stay. */
    public void useBase(String name) {
        Pose pose = bases.find(name).orElseThrow(() -> new IllegalArgumentException("no base pose " + name));
        Figure f = figure.get();
        figure.set(f.withStart(pose).withEnd(f.moves() ? pose : null));
    }

    public double joint(Frame frame, Joint joint) {
        return pose(frame).get(joint);
    }

    /** Moves one joint of a frame; with {@code bothSides} its left or right partner moves to the same value. */
    public void setJoint(Frame frame, Joint joint, double value, boolean bothSides) {
        Pose pose = pose(frame).with(joint, value);
        Joint partner = partner(joint);
        if (bothSides && partner != null) {
            pose = pose.with(partner, value);
        }
        Figure f = figure.get();
        figure.set(frame == Frame.START ? f.withStart(pose) : f.withEnd(pose));
    }

    /** Two frames (start and end, for movement) or one. The end frame begins as a copy of the start. */
    public void setMoves(boolean moves) {
        Figure f = figure.get();
        if (moves != f.moves()) {
            figure.set(f.withEnd(moves ? f.start() : null));
        }
    }

    public void setLayout(Figure.Layout layout) {
        Figure f = figure.get();
        figure.set(new Figure(f.start(), f.end(), layout, f.support(), f.props(), f.accent(), f.arrows()));
    }

    /** Keeps the props of these types (placed as they were) and adds the missing ones at their usual place. */
    public void setProps(Collection<PropType> types) {
        Figure f = figure.get();
        List<Prop> props = new ArrayList<>();
        for (Prop prop : f.props()) {
            if (types.contains(prop.type())) {
                props.add(prop);
            }
        }
        for (PropType type : PropType.values()) {
            if (types.contains(type) && props.stream().noneMatch(p -> p.type() == type)) {
                props.add(PLACES.get(type));
            }
        }
        figure.set(new Figure(f.start(), f.end(), f.layout(), f.support(), props, f.accent(), f.arrows()));
    }

    public void setAccent(Collection<String> names) {
        figure.set(figure.get().withAccent(new ArrayList<>(names)));
    }

    /** One arrow following the body point from the start frame to the end frame. */
    public void setArrow(BodyPoint point) {
        setArrows(List.of(new Arrow(Arrow.Kind.MOVE, point, 0, 0, 0, 0.15, 0)));
    }

    public void setArrows(List<Arrow> arrows) {
        Figure f = figure.get();
        figure.set(new Figure(f.start(), f.end(), f.layout(), f.support(), f.props(), f.accent(), arrows));
    }

    private Pose pose(Frame frame) {
        Figure f = figure.get();
        return frame == Frame.END && f.moves() ? f.end() : f.start();
    }

    /** The same joint on the other side (left hip for right hip), or null for the trunk, head and view. */
    static Joint partner(Joint joint) {
        String name = joint.name();
        if (name.startsWith("L_")) {
            return Joint.valueOf("R_" + name.substring(2));
        }
        return name.startsWith("R_") ? Joint.valueOf("L_" + name.substring(2)) : null;
    }

    private static Map<PropType, Prop> places() {
        Map<PropType, Prop> places = new EnumMap<>(PropType.class);
        for (PropType type : PropType.values()) {
            places.put(type, Prop.at(type, BodyPoint.HANDS));
        }
        places.put(PropType.MAT, Prop.at(PropType.MAT, BodyPoint.PELVIS));
        places.put(PropType.WALL, Prop.at(PropType.WALL, BodyPoint.R_HAND));
        places.put(PropType.CHAIR, Prop.at(PropType.CHAIR, BodyPoint.SEAT));
        places.put(PropType.STOOL, Prop.at(PropType.STOOL, BodyPoint.SEAT));
        places.put(PropType.STEP, Prop.at(PropType.STEP, BodyPoint.R_FOOT));
        places.put(PropType.CUSHION, Prop.at(PropType.CUSHION, BodyPoint.R_FOOT));
        places.put(PropType.BENCH, new Prop(PropType.BENCH, BodyPoint.UPPER_BACK, null, 0.1, 0, 1, 0, false));
        places.put(PropType.BED, new Prop(PropType.BED, BodyPoint.PELVIS, null, 0, -0.12, 1, 0, false));
        places.put(PropType.PILLOW, new Prop(PropType.PILLOW, BodyPoint.HEAD, null, -0.02, -0.085, 1, 0, false));
        places.put(PropType.BAND, new Prop(PropType.BAND, BodyPoint.HANDS, BodyPoint.FEET, 0, 0, 1, 0, false));
        places.put(PropType.DUMBBELL, Prop.at(PropType.DUMBBELL, BodyPoint.R_HAND));
        places.put(PropType.KETTLEBELL, Prop.at(PropType.KETTLEBELL, BodyPoint.R_HAND));
        places.put(PropType.LANDMINE, Prop.at(PropType.LANDMINE, BodyPoint.R_HAND));
        places.put(PropType.CAR_SEAT, Prop.at(PropType.CAR_SEAT, BodyPoint.R_HAND));
        return places;
    }
}
