package org.restride.domain.progress;

import org.restride.domain.Check;

/**
 * One reason behind a verdict: the rule, what it is about (a criterion or a symptom), and a sentence the PT can
 * read out, both as phrases the layer above puts into words. When the PT overrode the rule, the reason stays
 * listed with her typed reason.
 */
public record Reason(Rule rule, Phrase subject, Phrase text, String overriddenBecause) {
    public Reason {
        Check.present("rule", rule);
        Check.present("reasonSubject", subject);
        Check.present("reason", text);
        overriddenBecause = Check.optionalText("overrideReason", overriddenBecause, 2000);
    }

    public static Reason of(Rule rule, Phrase subject, Phrase text) {
        return new Reason(rule, subject, text, null);
    }

    /** A reason whose subject is a name the clinic typed, such as a criterion's. */
    public static Reason of(Rule rule, String subject, Phrase text) {
        return new Reason(rule, Phrase.literal(subject), text, null);
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
}
