package org.restride.domain.progress;

import org.restride.domain.Keyed;

/** Signs that mean "stop and seek medical care", never "adjust the dose" (Canadian 2025 guideline; CLINICAL.md). */
public enum RedFlag implements Keyed {
    CALF_PAIN_OR_SWELLING("Calf pain or swelling"),
    CHEST_PAIN("Chest pain"),
    DIZZINESS_OR_FAINTING("Dizziness or fainting"),
    UNUSUAL_BREATHLESSNESS("Unusual breathlessness"),
    SEVERE_ABDOMINAL_PAIN("Severe abdominal pain"),
    HEAVY_BLEEDING("Heavy bleeding");

    private final String label;

    RedFlag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static RedFlag fromKey(String key) {
        return Keyed.fromKey(RedFlag.class, "red flag", key);
    }
}
