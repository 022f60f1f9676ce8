package org.restride.figure;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parts of the figure that can be drawn in the accent colour (the working part). */
public enum BodyPart {
    HEAD, UPPER_TRUNK, LOWER_TRUNK, PELVIC_FLOOR,
    L_UPPER_ARM, L_FOREARM, R_UPPER_ARM, R_FOREARM,
    L_THIGH, L_SHIN, L_FOOT, R_THIGH, R_SHIN, R_FOOT;

    /** The names a figure description may use in its "accent" list, each standing for one or more parts. */
    private static final Map<String, Set<BodyPart>> NAMES = Map.ofEntries(
            Map.entry("head", EnumSet.of(HEAD)),
            Map.entry("chest", EnumSet.of(UPPER_TRUNK)),
            Map.entry("upperBack", EnumSet.of(UPPER_TRUNK)),
            Map.entry("ribs", EnumSet.of(UPPER_TRUNK)),
            Map.entry("core", EnumSet.of(LOWER_TRUNK)),
            Map.entry("hips", EnumSet.of(LOWER_TRUNK)),
            Map.entry("trunk", EnumSet.of(UPPER_TRUNK, LOWER_TRUNK)),
            Map.entry("pelvicFloor", EnumSet.of(PELVIC_FLOOR)),
            Map.entry("lArm", EnumSet.of(L_UPPER_ARM, L_FOREARM)),
            Map.entry("rArm", EnumSet.of(R_UPPER_ARM, R_FOREARM)),
            Map.entry("arms", EnumSet.of(L_UPPER_ARM, L_FOREARM, R_UPPER_ARM, R_FOREARM)),
            Map.entry("upperArms", EnumSet.of(L_UPPER_ARM, R_UPPER_ARM)),
            Map.entry("lLeg", EnumSet.of(L_THIGH, L_SHIN, L_FOOT)),
            Map.entry("rLeg", EnumSet.of(R_THIGH, R_SHIN, R_FOOT)),
            Map.entry("legs", EnumSet.of(L_THIGH, L_SHIN, L_FOOT, R_THIGH, R_SHIN, R_FOOT)),
            Map.entry("lThigh", EnumSet.of(L_THIGH)),
            Map.entry("rThigh", EnumSet.of(R_THIGH)),
            Map.entry("thighs", EnumSet.of(L_THIGH, R_THIGH)),
            Map.entry("lShin", EnumSet.of(L_SHIN)),
            Map.entry("rShin", EnumSet.of(R_SHIN)),
            Map.entry("shins", EnumSet.of(L_SHIN, R_SHIN)),
            Map.entry("lFoot", EnumSet.of(L_FOOT)),
            Map.entry("rFoot", EnumSet.of(R_FOOT)),
            Map.entry("feet", EnumSet.of(L_FOOT, R_FOOT)));

    /** The accent names, for an editor's choice list. */
    public static List<String> names() {
        return NAMES.keySet().stream().sorted().toList();
    }

    public static Optional<Set<BodyPart>> byName(String name) {
        return Optional.ofNullable(NAMES.get(name));
    }
}
