package org.restride.domain.progress;

import org.restride.domain.Keyed;

/**
 * Risk factors for running-related pain or leaking that the PT asks about (CLINICAL.md: "leaking before or during
 * pregnancy, ... being new to running, high fatigue, ... previous injury", Moore 2021; Christopher 2021). High
 * fatigue comes from daily readiness. Words: {@code verdict.risk.<key>}.
 */
public enum RiskFactor implements Keyed {
    LEAKING_BEFORE_OR_IN_PREGNANCY,
    NEW_TO_RUNNING,
    PREVIOUS_INJURY;

    public Phrase phrase() {
        return Phrase.of("verdict.risk." + key());
    }

    public static RiskFactor fromKey(String key) {
        return Keyed.fromKey(RiskFactor.class, "riskFactor", key);
    }
}
