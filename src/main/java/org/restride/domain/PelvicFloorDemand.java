package org.restride.domain;

public enum PelvicFloorDemand implements Keyed {
    LOW, MEDIUM, HIGH;

    public static PelvicFloorDemand fromKey(String key) {
        return Keyed.fromKey(PelvicFloorDemand.class, "pelvicFloorDemand", key);
    }
}
