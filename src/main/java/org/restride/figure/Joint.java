package org.restride.figure;

import java.util.Optional;

/**
 * The numbers that pose a figure, each with its range: what a pose editor shows as one slider. Angles are degrees.
 * The figure faces right in side view; her right side is the near side. Limb angles are relative to the trunk:
 * 0 everywhere is standing tall with arms hanging.
 */
public enum Joint {
    LEAN("lean", -135, 110),
    ROLL("roll", -100, 100),
    SPINE("spine", -40, 60),
    SIDE_BEND("sideBend", -45, 45),
    TWIST("twist", -80, 80),
    HEAD("head", -45, 60),
    L_HIP("lHip", -45, 150),
    R_HIP("rHip", -45, 150),
    L_HIP_OUT("lHipOut", -25, 80),
    R_HIP_OUT("rHipOut", -25, 80),
    L_HIP_TURN("lHipTurn", -40, 70),
    R_HIP_TURN("rHipTurn", -40, 70),
    L_KNEE("lKnee", 0, 160),
    R_KNEE("rKnee", 0, 160),
    L_ANKLE("lAnkle", -85, 45),
    R_ANKLE("rAnkle", -85, 45),
    L_SHOULDER("lShoulder", -70, 190),
    R_SHOULDER("rShoulder", -70, 190),
    L_SHOULDER_OUT("lShoulderOut", -20, 180),
    R_SHOULDER_OUT("rShoulderOut", -20, 180),
    L_ARM_TURN("lArmTurn", -90, 90),
    R_ARM_TURN("rArmTurn", -90, 90),
    L_ELBOW("lElbow", 0, 155),
    R_ELBOW("rElbow", 0, 155),
    VIEW("view", -90, 90),
    TILT("tilt", 0, 60),
    SHIFT("shift", -1.5, 1.5),
    LIFT("lift", 0, 1.5);

    private final String key;
    private final double min;
    private final double max;

    Joint(String key, double min, double max) {
        this.key = key;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Neutral value: standing tall, seen from the side. */
    public double neutral() {
        return 0;
    }

    public double clamp(double value) {
        return Math.max(min, Math.min(max, value));
    }

    public static Optional<Joint> fromKey(String key) {
        for (Joint joint : values()) {
            if (joint.key.equals(key)) {
                return Optional.of(joint);
            }
        }
        return Optional.empty();
    }
}
