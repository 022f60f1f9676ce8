package org.restride.domain.progress;

import java.util.Set;
import org.restride.domain.Check;

/**
 * How her current programme (this phase's own exercises, walks and daily life since the last visit) has felt:
 * pelvic symptoms, pelvic or low-back pain on a 0–10 scale (null when not asked), and whether symptoms were worse
 * the morning after exercise. Symptoms here weigh more than symptoms in a readiness test, because they come from
 * the load she is already doing.
 */
public record SymptomCheck(Set<PelvicSymptom> symptoms, Integer pain, boolean worseNextDay) {
    public static final SymptomCheck NONE = new SymptomCheck(Set.of(), 0, false);
    public static final SymptomCheck NOT_ASKED = new SymptomCheck(Set.of(), null, false);

    public SymptomCheck {
        symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
        Check.optionalRange("pelvic or back pain", pain, 0, 10);
    }
}
