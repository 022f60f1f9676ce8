package org.restride.domain.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.restride.domain.Criterion;
import org.restride.domain.PhaseKind;

/** The rules about readiness test results: targets, symptoms and pain during a test, and doming on a head lift. */
final class TestRules {
    /**
     * The strength tests of the running readiness screen (Goom 2019). Weakness on these is not a barrier to
     * running: it shows where strength work should go.
     */
    static final Set<String> STRENGTH_TESTS = Set.of("single-leg-calf-raise", "single-leg-bridge",
            "single-leg-sit-to-stand", "side-lying-hip-abduction");

    private TestRules() {
    }

    static boolean isStrengthTest(Criterion criterion) {
        return criterion.key() != null && STRENGTH_TESTS.contains(criterion.key());
    }

    static List<Reason> forExitCriterion(CriterionResult result, PhaseKind entering) {
        List<Reason> reasons = new ArrayList<>(symptomsAndPain(result, entering));
        Criterion criterion = result.criterion();
        CriterionResult.Outcome outcome = result.outcome();
        if (outcome == CriterionResult.Outcome.MET) {
            return reasons;
        }
        String text = criterion.target() == null
                ? (outcome == CriterionResult.Outcome.SHORT ? "Not yet: " : "Not checked yet: ") + criterion.name() + "."
                : criterion.name() + ": " + result.measured() + ". Target " + criterion.targetWords() + ".";
        if (isStrengthTest(criterion) && entering == PhaseKind.RUN) {
            String advice = outcome == CriterionResult.Outcome.SHORT
                    ? " Not a barrier to running: this is where strength work should go."
                    : " Not a barrier to running; test it to see where strength work should go.";
            reasons.add(Reason.of(Rule.STRENGTH_FOCUS, criterion.name(), text + advice));
        } else {
            Rule rule = outcome == CriterionResult.Outcome.SHORT ? Rule.CRITERION_SHORT : Rule.CRITERION_NOT_TESTED;
            reasons.add(Reason.of(rule, criterion.name(), text));
        }
        return reasons;
    }

    /** Symptoms and pain noticed during any test, whether or not it is one of this phase's exit criteria. */
    static List<Reason> symptomsAndPain(CriterionResult result, PhaseKind entering) {
        List<Reason> reasons = new ArrayList<>();
        String test = lowerFirst(result.criterion().name());
        List<PelvicSymptom> symptoms = Arrays.stream(PelvicSymptom.values()).filter(result.symptoms()::contains).toList();
        if (!symptoms.isEmpty()) {
            String names = SymptomRules.sentenceList(symptoms);
            reasons.add(Reason.of(Rule.SYMPTOMS_IN_TEST, result.criterion().name(), names + " during " + test
                    + ": pelvic symptoms mean " + ReadinessRules.demandOf(entering) + " is above capacity now."));
        }
        reasons.addAll(SymptomRules.pain(result.criterion().name(), p -> "Pain " + p + "/10 during " + test, result.pain(),
                Rule.PAIN_IN_TEST, "fine in training, but a readiness test passes with pain at 3/10 or less."));
        return reasons;
    }

    static List<Reason> domingOnHeadLift(List<DiastasisMeasurement> measurements, PhaseKind entering) {
        if (entering != PhaseKind.IMPACT && entering != PhaseKind.RUN && entering != PhaseKind.LIFT) {
            return List.of();
        }
        return measurements.stream().filter(DiastasisMeasurement::domingOnEffort).findFirst()
                .map(m -> List.of(Reason.of(Rule.DOMING_ON_HEAD_LIFT, "Diastasis check", "Doming during a head lift ("
                        + m.describe() + "): build pressure management through the midline before "
                        + ReadinessRules.demandOf(entering) + ".")))
                .orElse(List.of());
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
