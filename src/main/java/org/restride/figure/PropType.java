package org.restride.figure;

import java.util.Optional;

/** Things drawn with the figure. Carried ones move with her and are drawn in each frame. */
public enum PropType {
    MAT("mat", false), WALL("wall", false), CHAIR("chair", false), STOOL("stool", false), STEP("step", false),
    BENCH("bench", false), BED("bed", false), PULL_UP_BAR("pullUpBar", false), CUSHION("cushion", false),
    PILLOW("pillow", false), BAND("band", true), DUMBBELL("dumbbell", true), KETTLEBELL("kettlebell", true),
    BARBELL("barbell", true), LANDMINE("landmine", true), BALL("ball", true), BABY("baby", true),
    CAR_SEAT("carSeat", true), BUGGY("buggy", true);

    private final String key;
    private final boolean carried;

    PropType(String key, boolean carried) {
        this.key = key;
        this.carried = carried;
    }

    public String key() {
        return key;
    }

    public boolean carried() {
        return carried;
    }

    public static Optional<PropType> fromKey(String key) {
        for (PropType type : values()) {
            if (type.key.equals(key)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
