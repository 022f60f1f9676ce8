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
            throw new ValidationException("rule", "cannot set aside a red flag: refer her first, and record a new "
                    + "visit once she is cleared");
        }
        if (rule.isAdvice()) {
            throw new ValidationException("rule", "is not needed for \"" + rule.key() + "\": it is advice and never "
                    + "blocks progress");
        }
        reason = Check.text("override reason", reason, 2000);
    }
}
