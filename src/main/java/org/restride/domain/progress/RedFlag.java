package org.restride.domain.progress;

import org.restride.domain.DeliveryType;
import org.restride.domain.Keyed;

/**
 * Signs that mean "get medical care now", never "adjust the dose" (CLINICAL.md: postpartum warning signs, Canadian
 * 2025 guideline, AWHONN POST-BIRTH). Each names itself by the text key {@code symptoms.flag.<key>}.
 */
public enum RedFlag implements Keyed {
    HEAVY_BLEEDING,
    CALF_PAIN_OR_SWELLING,
    CHEST_PAIN,
    UNUSUAL_BREATHLESSNESS,
    DIZZINESS_OR_FAINTING,
    SEVERE_ABDOMINAL_PAIN,
    FEVER,
    SEVERE_HEADACHE_OR_VISION,
    WOUND_SIGNS,
    SELF_HARM_THOUGHTS;

    /** Only after a caesarean birth: the wound. */
    public boolean caesareanOnly() {
        return this == WOUND_SIGNS;
    }

    /** Whether the sign can be recorded after this birth: the wound signs only after a caesarean. */
    public boolean appliesTo(DeliveryType delivery) {
        return !caesareanOnly() || delivery == DeliveryType.CAESAREAN;
    }

    /** Her words, for the handout: {@code symptoms.flag.<key>}. */
    public Phrase phrase() {
        return Phrase.of("symptoms.flag." + key());
    }

    /** The clinician's words, for the visit form and the verdict: {@code verdict.flag.<key>}. */
    public Phrase clinicianPhrase() {
        return Phrase.of("verdict.flag." + key());
    }

    /** What the PT does now: {@code verdict.reason.redFlag.<key>} for a sign with its own action, else the common one. */
    Phrase action() {
        return this == SELF_HARM_THOUGHTS ? Phrase.of("verdict.reason.redFlag." + key(), clinicianPhrase())
                : Phrase.of("verdict.reason.redFlag", clinicianPhrase());
    }

    public static RedFlag fromKey(String key) {
        return Keyed.fromKey(RedFlag.class, "redFlag", key);
    }
}
