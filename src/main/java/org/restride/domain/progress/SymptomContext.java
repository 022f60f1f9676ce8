package org.restride.domain.progress;

import org.restride.domain.Keyed;

/**
 * When a symptom happens decides what it means (CLINICAL.md, "Signals that change the plan"): with exercise and
 * settling when she eases off, lower the dose or change the strategy; a known daily-life baseline, unchanged, is
 * tracked with the outcome measures; new or worse, she should be seen. Words: {@code symptoms.context.<key>}.
 */
public enum SymptomContext implements Keyed {
    WITH_EXERCISE,
    BASELINE,
    NEW_OR_WORSE;

    public Phrase phrase() {
        return Phrase.of("symptoms.context." + key());
    }

    public static SymptomContext fromKey(String key) {
        return Keyed.fromKey(SymptomContext.class, "symptomContext", key);
    }
}
