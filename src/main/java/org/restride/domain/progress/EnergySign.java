package org.restride.domain.progress;

import org.restride.domain.Keyed;

/**
 * Signs of low energy availability (CLINICAL.md, Also ask about: "missed meals, weight loss, no periods beyond what
 * breastfeeding explains, a past stress fracture"). Words: {@code verdict.energy.<key>}.
 */
public enum EnergySign implements Keyed {
    MISSED_MEALS,
    WEIGHT_LOSS,
    NO_PERIODS,
    PAST_STRESS_FRACTURE;

    public Phrase phrase() {
        return Phrase.of("verdict.energy." + key());
    }

    public static EnergySign fromKey(String key) {
        return Keyed.fromKey(EnergySign.class, "energySign", key);
    }
}
