package org.restride.figure;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Pose} into 3D body points. Proportions are in figure heights (standing height 1, head about
 * 1/7.5 of it). Body space: pelvis at the origin, x forward, y up, z to her left.
 */
final class Skeleton {
    static final double LOWER_TRUNK = 0.15;
    static final double UPPER_TRUNK = 0.19;
    static final double HIP_HALF_WIDTH = 0.08;
    static final double SHOULDER_HALF_WIDTH = 0.095;
    static final double SHOULDER_DROP = 0.035;
    static final double THIGH = 0.235;
    static final double SHIN = 0.225;
    static final double ANKLE_HEIGHT = 0.042;
    static final double TOE_FORWARD = 0.115;
    static final double HEEL_BACK = 0.035;
    static final double UPPER_ARM = 0.17;
    static final double FOREARM = 0.145;
    static final double HAND = 0.045;
    static final double NECK = 0.038;
    static final double HEAD_RADIUS = 0.064;
    static final double FOOT_LINE = 0.03;

    /** An elliptical slice through the trunk; the trunk is drawn as the hull of neighbouring slices. */
    record Slice(Vec3 centre, Rotation frame, double halfWidth, double halfDepth) {
    }

    /** A posed body: its named points and the trunk slices (lower part, upper part). */
    record Posed(Map<BodyPoint, Vec3> points, Vec3 headCentre, Vec3 bun, List<Vec3> wrists, List<List<Vec3>> feet,
                 List<Slice> lowerTrunk, List<Slice> upperTrunk) {
        Vec3 point(BodyPoint p) {
            return points.get(p);
        }
    }

    private Skeleton() {
    }

    static Posed pose(Pose pose) {
        Map<BodyPoint, Vec3> p = new EnumMap<>(BodyPoint.class);
        double spine = pose.get(Joint.SPINE);
        Rotation root = Rotation.aboutX(pose.get(Joint.ROLL)).then(Rotation.aboutZ(-pose.get(Joint.LEAN)));
        Rotation pelvis = root.then(Rotation.aboutZ(spine / 2));
        Rotation chest = root.then(Rotation.aboutZ(-spine / 2)).then(Rotation.aboutX(pose.get(Joint.SIDE_BEND)))
                .then(Rotation.aboutY(-pose.get(Joint.TWIST)));
        Vec3 hipCentre = Vec3.ZERO;
        Vec3 waist = hipCentre.plus(pelvis.apply(0, LOWER_TRUNK, 0));
        Vec3 neck = waist.plus(chest.apply(0, UPPER_TRUNK, 0));
        p.put(BodyPoint.PELVIS, hipCentre);
        p.put(BodyPoint.WAIST, waist);
        p.put(BodyPoint.NECK, neck);
        p.put(BodyPoint.CHEST, neck.plus(chest.apply(0.08, -0.09, 0)));
        p.put(BodyPoint.RIBS, neck.plus(chest.apply(0, -0.11, 0)));
        p.put(BodyPoint.UPPER_BACK, neck.plus(chest.apply(-0.08, -0.08, 0)));
        p.put(BodyPoint.BELLY, hipCentre.plus(pelvis.apply(0.08, 0.06, 0)));
        p.put(BodyPoint.LOWER_BACK, hipCentre.plus(pelvis.apply(-0.075, 0.1, 0)));
        p.put(BodyPoint.SEAT, hipCentre.plus(pelvis.apply(-0.03, -0.075, 0)));
        p.put(BodyPoint.PELVIC_FLOOR, hipCentre.plus(pelvis.apply(0.005, -0.06, 0)));

        Rotation head = chest.then(Rotation.aboutZ(-pose.get(Joint.HEAD)));
        Vec3 headCentre = neck.plus(head.apply(0.012, NECK + HEAD_RADIUS, 0));
        p.put(BodyPoint.HEAD, headCentre);
        p.put(BodyPoint.HEAD_TOP, headCentre.plus(head.apply(0, HEAD_RADIUS, 0)));
        Vec3 bun = headCentre.plus(head.apply(-0.05, 0.036, 0));

        List<Vec3> wrists = new ArrayList<>();
        List<List<Vec3>> feet = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            boolean left = side == 0;
            double s = left ? 1 : -1;
            feet.add(leg(p, pose, root, hipCentre.plus(pelvis.apply(0, 0, s * HIP_HALF_WIDTH)), left));
            wrists.add(arm(p, pose, chest, neck.plus(chest.apply(0, -SHOULDER_DROP, s * SHOULDER_HALF_WIDTH)), left));
        }
        p.put(BodyPoint.SHOULDERS, p.get(BodyPoint.L_SHOULDER).lerp(p.get(BodyPoint.R_SHOULDER), 0.5));
        p.put(BodyPoint.HANDS, p.get(BodyPoint.L_HAND).lerp(p.get(BodyPoint.R_HAND), 0.5));
        p.put(BodyPoint.KNEES, p.get(BodyPoint.L_KNEE).lerp(p.get(BodyPoint.R_KNEE), 0.5));
        p.put(BodyPoint.FEET, p.get(BodyPoint.L_FOOT).lerp(p.get(BodyPoint.R_FOOT), 0.5));

        List<Slice> lower = List.of(
                new Slice(hipCentre.plus(pelvis.apply(-0.01, -0.045, 0)), pelvis, 0.1, 0.06),
                new Slice(hipCentre.plus(pelvis.apply(-0.01, 0.0, 0)), pelvis, 0.12, 0.08),
                new Slice(waist.plus(pelvis.apply(0, 0.03, 0)), pelvis, 0.09, 0.07));
        List<Slice> upper = List.of(
                new Slice(waist.plus(chest.apply(0, -0.02, 0)), chest, 0.09, 0.07),
                new Slice(neck.plus(chest.apply(0.012, -0.1, 0)), chest, 0.1, 0.085),
                new Slice(neck.plus(chest.apply(-0.004, -0.035, 0)), chest, 0.085, 0.06));
        return new Posed(p, headCentre, bun, wrists, feet, lower, upper);
    }

    /** Poses one leg and returns the outline of its foot (ankle, heel, toe), set in from the sole by the line width. */
    private static List<Vec3> leg(Map<BodyPoint, Vec3> p, Pose pose, Rotation root, Vec3 hip, boolean left) {
        double s = left ? 1 : -1;
        Rotation thigh = root.then(Rotation.aboutZ(pose.get(left ? Joint.L_HIP : Joint.R_HIP)))
                .then(Rotation.aboutX(-s * pose.get(left ? Joint.L_HIP_OUT : Joint.R_HIP_OUT)))
                .then(Rotation.aboutY(-s * pose.get(left ? Joint.L_HIP_TURN : Joint.R_HIP_TURN)));
        Vec3 knee = hip.plus(thigh.apply(0, -THIGH, 0));
        Rotation shin = thigh.then(Rotation.aboutZ(-pose.get(left ? Joint.L_KNEE : Joint.R_KNEE)));
        Vec3 ankle = knee.plus(shin.apply(0, -SHIN, 0));
        Rotation foot = shin.then(Rotation.aboutZ(pose.get(left ? Joint.L_ANKLE : Joint.R_ANKLE)));
        p.put(left ? BodyPoint.L_HIP : BodyPoint.R_HIP, hip);
        p.put(left ? BodyPoint.L_KNEE : BodyPoint.R_KNEE, knee);
        p.put(left ? BodyPoint.L_ANKLE : BodyPoint.R_ANKLE, ankle);
        p.put(left ? BodyPoint.L_TOE : BodyPoint.R_TOE, ankle.plus(foot.apply(TOE_FORWARD, -ANKLE_HEIGHT, 0)));
        p.put(left ? BodyPoint.L_HEEL : BodyPoint.R_HEEL, ankle.plus(foot.apply(-HEEL_BACK, -ANKLE_HEIGHT, 0)));
        p.put(left ? BodyPoint.L_FOOT : BodyPoint.R_FOOT, ankle.plus(foot.apply(0.04, -ANKLE_HEIGHT, 0)));
        double inset = FOOT_LINE / 2;
        return List.of(ankle.plus(foot.apply(-0.005, 0.01, 0)), ankle.plus(foot.apply(-HEEL_BACK + inset, -ANKLE_HEIGHT + inset, 0)),
                ankle.plus(foot.apply(TOE_FORWARD - inset, -ANKLE_HEIGHT + inset, 0)));
    }

    private static Vec3 arm(Map<BodyPoint, Vec3> p, Pose pose, Rotation chest, Vec3 shoulder, boolean left) {
        double s = left ? 1 : -1;
        Rotation upper = chest.then(Rotation.aboutZ(pose.get(left ? Joint.L_SHOULDER : Joint.R_SHOULDER)))
                .then(Rotation.aboutX(-s * pose.get(left ? Joint.L_SHOULDER_OUT : Joint.R_SHOULDER_OUT)))
                .then(Rotation.aboutY(-s * pose.get(left ? Joint.L_ARM_TURN : Joint.R_ARM_TURN)));
        Vec3 elbow = shoulder.plus(upper.apply(0, -UPPER_ARM, 0));
        Rotation fore = upper.then(Rotation.aboutZ(pose.get(left ? Joint.L_ELBOW : Joint.R_ELBOW)));
        Vec3 wrist = elbow.plus(fore.apply(0, -FOREARM, 0));
        p.put(left ? BodyPoint.L_SHOULDER : BodyPoint.R_SHOULDER, shoulder);
        p.put(left ? BodyPoint.L_ELBOW : BodyPoint.R_ELBOW, elbow);
        p.put(left ? BodyPoint.L_HAND : BodyPoint.R_HAND, elbow.plus(fore.apply(0, -FOREARM - HAND, 0)));
        return wrist;
    }
}
