package org.restride.domain;

public enum Position implements Keyed {
    LYING, SIDE_LYING, ALL_FOURS, KNEELING, SITTING, STANDING;

    public static Position fromKey(String key) {
        return Keyed.fromKey(Position.class, "position", key);
    }
}
