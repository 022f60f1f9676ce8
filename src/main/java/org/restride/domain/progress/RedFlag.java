package org.restride.domain.progress;

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

    public Phrase phrase() {
        return Phrase.of("symptoms.flag." + key());
    }

    public static RedFlag fromKey(String key) {
        return Keyed.fromKey(RedFlag.class, "red flag", key);
    }
}
