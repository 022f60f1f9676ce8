package org.restride.domain.progress;

import org.restride.domain.Criterion;

/** A criterion's target as words to be said ("20 each side", "30 min"), for the checklist and the verdict. */
public final class CriterionTarget {
    private CriterionTarget() {
    }

    /** The target's phrase; a criterion without a target (a yes/no statement) has none: null. */
    public static Phrase of(Criterion criterion) {
        if (criterion.target() == null) {
            return null;
        }
        Phrase amount = Phrase.of("criterion.target." + criterion.target().unit().name(), criterion.target().numbers());
        return criterion.eachSide() ? Phrase.of("criterion.target.eachSide", amount) : amount;
    }
}
