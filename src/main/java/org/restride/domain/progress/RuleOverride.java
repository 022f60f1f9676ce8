package org.restride.domain.progress;

import org.restride.domain.Check;
import org.restride.domain.ValidationException;

/**
 * The PT's decision to set a rule aside for this visit, with the reason she typed. The reason is required: it is
 * stored with the visit and shown in the patient's history.
 */
public record RuleOverride(Rule rule, String reason) {
    public RuleOverride {
        Check.present("rule", rule);
        if (rule == Rule.RED_FLAG) {
            throw new ValidationException("rule", "override.redFlag");
        }
        if (rule.isAdvice()) {
            throw new ValidationException("rule", "override.advice", rule.key());
        }
        reason = Check.text("overrideReason", reason, 2000);
    }
}
