package org.restride.domain.progress;

import org.restride.domain.Keyed;

/**
 * The readiness rules, each with the status it leads to on its own. A rule that leads to READY is advice: it is
 * listed but never blocks. The PT may override any blocking rule except a red flag, with a typed reason. Each
 * rule's name is the text key {@code verdict.rule.<key>}.
 */
public enum Rule implements Keyed {
    RED_FLAG(Status.STOP_AND_REFER),
    BONE_STRESS(Status.STOP_AND_REFER),
    SYMPTOMS_IN_PROGRAMME(Status.STEP_BACK),
    PAIN_TOO_MUCH(Status.STEP_BACK),
    PELVIC_PAIN_WORSE_NEXT_MORNING(Status.STEP_BACK),
    WORSE_NEXT_DAY(Status.STEP_BACK),
    SYMPTOM_CHECK_NOT_DONE(Status.HOLD),
    SYMPTOMS_TO_ASSESS(Status.HOLD),
    SYMPTOMS_IN_TEST(Status.HOLD),
    PELVIC_PAIN_EASE(Status.HOLD),
    PAIN_IN_TEST(Status.HOLD),
    DOMING_ON_HEAD_LIFT(Status.HOLD),
    CRITERION_SHORT(Status.HOLD),
    CRITERION_NOT_TESTED(Status.HOLD),
    RUNNING_BEFORE_12_WEEKS(Status.HOLD),
    HIGH_IMPACT_BEFORE_12_WEEKS(Status.HOLD),
    LOADING_SOON_AFTER_CAESAREAN(Status.HOLD),
    HIGH_EFFORT_BEFORE_3_MONTHS_AFTER_CAESAREAN(Status.HOLD),
    BLEEDING(Status.READY),
    BREASTFEEDING(Status.READY),
    TEAR_OR_ASSISTED_BIRTH(Status.READY),
    BASELINE_SYMPTOM(Status.READY),
    STRENGTH_FOCUS(Status.READY),
    PAIN_ACCEPTABLE(Status.READY),
    DAILY_READINESS(Status.READY),
    MOOD(Status.READY),
    ENERGY_AVAILABILITY(Status.READY),
    DIASTASIS_CUT_OFF(Status.READY),
    RISK_FACTORS(Status.READY);

    private final Status leadsTo;

    Rule(Status leadsTo) {
        this.leadsTo = leadsTo;
    }

    /** The rule's name, for the override list and the history. */
    public Phrase phrase() {
        return Phrase.of("verdict.rule." + key());
    }

    /** The status this rule alone gives the verdict. */
    public Status leadsTo() {
        return leadsTo;
    }

    public boolean isAdvice() {
        return leadsTo == Status.READY;
    }

    public boolean canBeOverridden() {
        return this != RED_FLAG && !isAdvice();
    }

    public static Rule fromKey(String key) {
        return Keyed.fromKey(Rule.class, "rule", key);
    }
}
