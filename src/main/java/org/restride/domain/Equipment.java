package org.restride.domain;

public enum Equipment implements Keyed {
    NONE, MAT, WALL, CHAIR, STEP, BAND, DUMBBELL, KETTLEBELL, BARBELL, BALL, PILLOW;

    public static Equipment fromKey(String key) {
        return Keyed.fromKey(Equipment.class, "equipment", key);
    }
}
