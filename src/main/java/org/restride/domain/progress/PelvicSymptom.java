package org.restride.domain.progress;

import org.restride.domain.Keyed;

/** The pelvic signals that mean the load is above capacity now (CLINICAL.md, "Signals that change the plan"). */
public enum PelvicSymptom implements Keyed {
    LEAKING("Leaking"),
    HEAVINESS("Heaviness or pressure"),
    DOMING("Doming or coning"),
    BLEEDING("Bleeding");

    private final String label;

    PelvicSymptom(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    public static PelvicSymptom fromKey(String key) {
        return Keyed.fromKey(PelvicSymptom.class, "symptom", key);
    }
}
