package org.restride.domain;

public enum Region implements Keyed {
    PELVIC_FLOOR, CORE, HIPS, LEGS, FEET, BACK, UPPER_BODY, WHOLE_BODY;

    public static Region fromKey(String key) {
        return Keyed.fromKey(Region.class, "region", key);
    }
}
