package org.restride.figure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One frame of a figure: a value for every {@link Joint}, each kept inside its range. Immutable. */
public final class Pose {
    public static final Pose NEUTRAL = new Pose(new double[Joint.values().length]);

    private final double[] values;

    private Pose(double[] values) {
        this.values = values;
    }

    public double get(Joint joint) {
        return values[joint.ordinal()];
    }

    /** A copy with one joint changed; the value is clamped into the joint's range. */
    public Pose with(Joint joint, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(joint.key() + " must be a number");
        }
        double[] copy = values.clone();
        copy[joint.ordinal()] = joint.clamp(value);
        return new Pose(copy);
    }

    public Pose withAll(Map<Joint, Double> changes) {
        Pose pose = this;
        for (Map.Entry<Joint, Double> change : changes.entrySet()) {
            pose = pose.with(change.getKey(), change.getValue());
        }
        return pose;
    }

    /** The joints that differ from neutral, in joint order (what the JSON form writes). */
    public Map<Joint, Double> changes() {
        Map<Joint, Double> out = new LinkedHashMap<>();
        for (Joint joint : Joint.values()) {
            if (get(joint) != joint.neutral()) {
                out.put(joint, get(joint));
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pose other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Pose" + changes();
    }
}
