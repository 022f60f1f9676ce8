package org.restride.domain.progress;

import org.restride.domain.Keyed;

/**
 * The readiness rules, each with the status it leads to on its own. A rule that leads to READY is advice: it is
 * listed but never blocks. The PT may override any blocking rule except a red flag, with a typed reason.
 */
public enum Rule implements Keyed {
    RED_FLAG("Red flag", Status.STOP_AND_REFER),
    SYMPTOMS_IN_PROGRAMME("Pelvic symptoms with her current exercises", Status.STEP_BACK),
    PAIN_TOO_MUCH("Pain above 5/10", Status.STEP_BACK),
    WORSE_NEXT_DAY("Symptoms worse the next day", Status.STEP_BACK),
    SYMPTOMS_IN_TEST("Pelvic symptoms during a readiness test", Status.HOLD),
    PAIN_IN_TEST("Pain during a readiness test", Status.HOLD),
    DOMING_ON_HEAD_LIFT("Doming during a head lift", Status.HOLD),
    CRITERION_SHORT("Exit criterion not met", Status.HOLD),
    CRITERION_NOT_TESTED("Exit criterion not tested", Status.HOLD),
    RUNNING_BEFORE_12_WEEKS("Running before 12 weeks postpartum", Status.HOLD),
    LOADING_SOON_AFTER_CAESAREAN("Loading in the first 6 weeks after a caesarean", Status.HOLD),
    HIGH_EFFORT_BEFORE_3_MONTHS_AFTER_CAESAREAN("High-effort exercise before 3 months after a caesarean", Status.HOLD),
    STRENGTH_FOCUS("Where strength work should go", Status.READY),
    PAIN_ACCEPTABLE("Pain 4–5/10", Status.READY),
    DAILY_READINESS("Scale today's load", Status.READY);

    private final String label;
    private final Status leadsTo;

    Rule(String label, Status leadsTo) {
        this.label = label;
        this.leadsTo = leadsTo;
    }

    @Override
    public String label() {
        return label;
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
