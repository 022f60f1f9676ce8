package org.restride.figure;

import java.util.Optional;

/** Named places on the posed figure that props and arrows attach to. "l"/"r" are her left and right. */
public enum BodyPoint {
    HEAD("head"), HEAD_TOP("headTop"), NECK("neck"), CHEST("chest"), RIBS("ribs"), UPPER_BACK("upperBack"),
    WAIST("waist"), BELLY("belly"), LOWER_BACK("lowerBack"), PELVIS("pelvis"), SEAT("seat"), PELVIC_FLOOR("pelvicFloor"),
    L_SHOULDER("lShoulder"), R_SHOULDER("rShoulder"), SHOULDERS("shoulders"),
    L_ELBOW("lElbow"), R_ELBOW("rElbow"),
    L_HAND("lHand"), R_HAND("rHand"), HANDS("hands"),
    L_HIP("lHip"), R_HIP("rHip"),
    L_KNEE("lKnee"), R_KNEE("rKnee"), KNEES("knees"),
    L_ANKLE("lAnkle"), R_ANKLE("rAnkle"),
    L_HEEL("lHeel"), R_HEEL("rHeel"),
    L_TOE("lToe"), R_TOE("rToe"),
    L_FOOT("lFoot"), R_FOOT("rFoot"), FEET("feet");

    private final String key;

    BodyPoint(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<BodyPoint> fromKey(String key) {
        for (BodyPoint point : values()) {
            if (point.key.equals(key)) {
                return Optional.of(point);
            }
        }
        return Optional.empty();
    }
}
