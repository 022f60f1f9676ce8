package org.restride.domain.progress;

import org.restride.domain.Check;

/**
 * One reason behind a verdict: the rule, what it is about (a criterion or a symptom, in the clinic's words), and a
 * sentence the PT can read out. When the PT overrode the rule, the reason stays listed with her typed reason.
 */
public record Reason(Rule rule, String subject, String text, String overriddenBecause) {
    public Reason {
        Check.present("rule", rule);
        subject = Check.text("reason subject", subject, 200);
        text = Check.text("reason", text, 2000);
        overriddenBecause = Check.optionalText("override reason", overriddenBecause, 2000);
    }

    public static Reason of(Rule rule, String subject, String text) {
        return new Reason(rule, subject, text, null);
    }

    public Reason overriddenBecause(String why) {
        return new Reason(rule, subject, text, why);
    }

    public boolean isOverridden() {
        return overriddenBecause != null;
    }

    /** Whether this reason holds the patient back: it blocks, and the PT has not set it aside. */
    public boolean blocks() {
        return !rule.isAdvice() && !isOverridden();
    }

    /** The status this reason gives the verdict once overrides are taken into account. */
    public Status effect() {
        return blocks() ? rule.leadsTo() : Status.READY;
    }

    /** The line for the verdict panel and the history, with the override when there is one. */
    public String line() {
        return isOverridden() ? text + " Overridden by the PT: " + overriddenBecause : text;
    }
}
