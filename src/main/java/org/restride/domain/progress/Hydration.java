package org.restride.domain.progress;

import org.restride.domain.Keyed;

/** How well she has been drinking, as she reports it. */
public enum Hydration implements Keyed {
    GOOD, FAIR, LOW;

    public static Hydration fromKey(String key) {
        return Keyed.fromKey(Hydration.class, "hydration", key);
    }
}
