package org.restride.domain.progress;

import java.util.EnumSet;
import java.util.Set;
import org.restride.domain.Keyed;

/**
 * The signals a symptom check or a readiness test records (CLINICAL.md, "Signals that change the plan"). Pelvic
 * or low-back pain is scored apart, 0–10, under the pain model. Each names itself by the text key
 * {@code symptoms.signal.<key>}, the same words on the visit form, in the verdict and on the handout.
 */
public enum PelvicSymptom implements Keyed {
    LEAKING,
    BOWEL_LEAK,
    URGENCY,
    HEAVINESS,
    DOMING,
    HANGING_ABDOMEN,
    PAIN_WITH_SEX,
    DIFFICULTY_EMPTYING,
    BONE_STRESS_PAIN,
    BLEEDING;

    /** The pelvic-floor and midline signals of load: during exercise they mean "lower the dose or change the way". */
    public static final Set<PelvicSymptom> LOAD_SIGNALS = Set.copyOf(EnumSet.of(LEAKING, BOWEL_LEAK, URGENCY, HEAVINESS,
            DOMING));
    /** Signals that are not a matter of dose: the PT assesses them before she progresses. */
    public static final Set<PelvicSymptom> ASSESS = Set.copyOf(EnumSet.of(HANGING_ABDOMEN, PAIN_WITH_SEX,
            DIFFICULTY_EMPTYING));

    public Phrase phrase() {
        return Phrase.of("symptoms.signal." + key());
    }

    public static PelvicSymptom fromKey(String key) {
        return Keyed.fromKey(PelvicSymptom.class, "symptom", key);
    }
}
