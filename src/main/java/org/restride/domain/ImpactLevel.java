package org.restride.domain;

public enum ImpactLevel implements Keyed {
    NONE, LOW, MODERATE, HIGH;

    public static ImpactLevel fromKey(String key) {
        return Keyed.fromKey(ImpactLevel.class, "impactLevel", key);
    }
}
