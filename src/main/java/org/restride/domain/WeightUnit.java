package org.restride.domain;

public enum WeightUnit implements Keyed {
    KG, LB;

    public static WeightUnit fromKey(String key) {
        return Keyed.fromKey(WeightUnit.class, "weightUnit", key);
    }
}
