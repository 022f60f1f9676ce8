package org.restride.domain;

public enum PhaseKind implements Keyed {
    FOUNDATION, STRENGTH, IMPACT, RUN, LIFT, CUSTOM;

    public static PhaseKind fromKey(String key) {
        return Keyed.fromKey(PhaseKind.class, "phaseKind", key);
    }
}
