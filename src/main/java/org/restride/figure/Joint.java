package org.restride.figure;

import java.util.Optional;

/**
 * The numbers that pose a figure, each with its range: what a pose editor shows as one slider. Angles are degrees.
 * The figure faces right in side view; her right side is the near side. Limb angles are relative to the trunk:
 * 0 everywhere is standing tall with arms hanging.
 */
public enum Joint {
    LEAN("lean", "Trunk lean (forward +, back −; −90 lying on the back, 90 face down)", -135, 110),
    ROLL("roll", "Roll onto her left side (90 lying on the left side)", -100, 100),
    SPINE("spine", "Back rounding (+) or arching (−)", -40, 60),
    SIDE_BEND("sideBend", "Side bend of the upper body (to her left +)", -45, 45),
    TWIST("twist", "Turn of the upper body (to her left +)", -80, 80),
    HEAD("head", "Head nod (chin down +, look up −)", -45, 60),
    L_HIP("lHip", "Left hip: leg forward (+) or back (−)", -45, 150),
    R_HIP("rHip", "Right hip: leg forward (+) or back (−)", -45, 150),
    L_HIP_OUT("lHipOut", "Left hip: leg out to the side", -25, 80),
    R_HIP_OUT("rHipOut", "Right hip: leg out to the side", -25, 80),
    L_HIP_TURN("lHipTurn", "Left hip: knee turned out (+) or in (−)", -40, 70),
    R_HIP_TURN("rHipTurn", "Right hip: knee turned out (+) or in (−)", -40, 70),
    L_KNEE("lKnee", "Left knee bend", 0, 160),
    R_KNEE("rKnee", "Right knee bend", 0, 160),
    L_ANKLE("lAnkle", "Left ankle: toes up (+) or pointed (−)", -85, 45),
    R_ANKLE("rAnkle", "Right ankle: toes up (+) or pointed (−)", -85, 45),
    L_SHOULDER("lShoulder", "Left arm forward and up (+) or back (−)", -70, 190),
    R_SHOULDER("rShoulder", "Right arm forward and up (+) or back (−)", -70, 190),
    L_SHOULDER_OUT("lShoulderOut", "Left arm out to the side", -20, 180),
    R_SHOULDER_OUT("rShoulderOut", "Right arm out to the side", -20, 180),
    L_ARM_TURN("lArmTurn", "Left arm turned out (+) or in (−)", -90, 90),
    R_ARM_TURN("rArmTurn", "Right arm turned out (+) or in (−)", -90, 90),
    L_ELBOW("lElbow", "Left elbow bend", 0, 155),
    R_ELBOW("rElbow", "Right elbow bend", 0, 155),
    VIEW("view", "Seen from the side (0) or the front (90)", -90, 90),
    TILT("tilt", "Seen from higher up, looking down (0 level)", 0, 60),
    SHIFT("shift", "Moved forward (+) or back (−), in figure heights (travel between frames)", -1.5, 1.5),
    LIFT("lift", "Height off the ground, in figure heights (jumps, or where the support point rests)", 0, 1.5);

    private final String key;
    private final String label;
    private final double min;
    private final double max;

    Joint(String key, String label, double min, double max) {
        this.key = key;
        this.label = label;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
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
