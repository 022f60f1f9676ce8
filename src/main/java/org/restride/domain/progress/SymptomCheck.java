package org.restride.domain.progress;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.restride.domain.Bounds;
import org.restride.domain.Check;

/**
 * How her current programme and daily life since the last visit have felt: whether the check was done at all,
 * each symptom with when it happens, pelvic or low-back pain on a 0–10 scale (null when not asked), and whether
 * symptoms were worse the morning after exercise. A check not done is never "no symptoms" (CLINICAL.md); one with
 * anything in it counts as done.
 */
public record SymptomCheck(boolean done, Map<PelvicSymptom, SymptomContext> contexts, Integer pain, boolean worseNextDay) {
    /** Pain on the 0–10 scale, here and during a readiness test (before the constants below, which use it). */
    public static final Bounds PAIN = new Bounds(0, 10);
    /** Done: she has none of the symptoms, and no pain. */
    public static final SymptomCheck NONE = new SymptomCheck(true, Map.of(), 0, false);
    public static final SymptomCheck NOT_ASKED = new SymptomCheck(false, Map.of(), null, false);

    public SymptomCheck {
        contexts = contexts == null ? Map.of() : Map.copyOf(contexts);
        for (Map.Entry<PelvicSymptom, SymptomContext> e : contexts.entrySet()) {
            Check.present("symptom", e.getKey());
            Check.present(e.getKey().key() + "#when", e.getValue());
        }
        Check.optionalRange("pelvicOrBackPain", pain, PAIN.min(), PAIN.max());
        done = done || !contexts.isEmpty() || pain != null || worseNextDay;
    }

    /** Symptoms that came with her exercises: the check is done. */
    public SymptomCheck(Set<PelvicSymptom> symptoms, Integer pain, boolean worseNextDay) {
        this(true, withExercise(symptoms), pain, worseNextDay);
    }

    public Set<PelvicSymptom> symptoms() {
        return contexts.keySet();
    }

    public SymptomContext contextOf(PelvicSymptom symptom) {
        return contexts.get(symptom);
    }

    private static Map<PelvicSymptom, SymptomContext> withExercise(Set<PelvicSymptom> symptoms) {
        Map<PelvicSymptom, SymptomContext> map = new EnumMap<>(PelvicSymptom.class);
        if (symptoms != null) {
            symptoms.forEach(s -> map.put(s, SymptomContext.WITH_EXERCISE));
        }
        return map;
    }
}
