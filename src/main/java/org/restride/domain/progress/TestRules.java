package org.restride.domain.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.restride.domain.Criterion;
import org.restride.domain.PhaseKind;

/** The rules about readiness test results: targets, symptoms and pain during a test, and doming on a head lift. */
public final class TestRules {
    /**
     * The strength tests of the running readiness screen (Goom 2019). Weakness on these is not a barrier to
     * running: it shows where strength work should go.
     */
    static final Set<String> STRENGTH_TESTS = Set.of("single-leg-calf-raise", "single-leg-bridge",
            "single-leg-sit-to-stand", "side-lying-hip-abduction");

    private TestRules() {
    }

    /** Whether the criterion is one of the strength tests, which show where strength work should go. */
    public static boolean isStrengthTest(Criterion criterion) {
        return criterion.key() != null && STRENGTH_TESTS.contains(criterion.key());
    }

    static List<Reason> forExitCriterion(CriterionResult result, PhaseKind entering) {
        List<Reason> reasons = new ArrayList<>(symptomsAndPain(result));
        Criterion criterion = result.criterion();
        CriterionResult.Outcome outcome = result.outcome();
        if (outcome == CriterionResult.Outcome.MET) {
            return reasons;
        }
        boolean isShort = outcome == CriterionResult.Outcome.SHORT;
        Phrase text = criterion.target() == null
                ? Phrase.of(isShort ? "verdict.reason.statementShort" : "verdict.reason.statementNotTested", criterion.name())
                : Phrase.of("verdict.reason.criterion", criterion.name(), result.measured(), CriterionTarget.of(criterion));
        if (isStrengthTest(criterion) && entering == PhaseKind.RUN) {
            reasons.add(Reason.of(Rule.STRENGTH_FOCUS, criterion.name(), Phrase.of(isShort
                    ? "verdict.reason.strengthFocus" : "verdict.reason.strengthNotTested", text)));
        } else {
            reasons.add(Reason.of(isShort ? Rule.CRITERION_SHORT : Rule.CRITERION_NOT_TESTED, criterion.name(), text));
        }
        return reasons;
    }

    /**
     * Symptoms and pain noticed during any test, whether or not it is one of this phase's exit criteria. A test
     * passes only pain-free and without pelvic symptoms (Goom 2019); pain above 5 during a test means hold and
     * assess.
     */
    static List<Reason> symptomsAndPain(CriterionResult result) {
        String test = result.criterion().name();
        List<Reason> reasons = new ArrayList<>(SymptomRules.signals(result.symptoms(), test));
        Integer pain = result.pain();
        if (pain == null && result.outcome() == CriterionResult.Outcome.MET) {
            // Pain not recorded is not pain-free: the test is not passed until someone asks (issue 12)
            reasons.add(Reason.of(Rule.PAIN_IN_TEST, test, Phrase.of("verdict.reason.testPainNotRecorded", test)));
        } else if (pain != null && pain > 0) {
            String key = pain > SymptomRules.TOO_MUCH_PAIN_ABOVE ? "verdict.reason.testPainHigh" : "verdict.reason.testPain";
            reasons.add(Reason.of(Rule.PAIN_IN_TEST, test, Phrase.of(key, String.valueOf(pain), test)));
        }
        return reasons;
    }

    static List<Reason> domingOnHeadLift(List<DiastasisMeasurement> measurements, PhaseKind entering) {
        if (entering != PhaseKind.IMPACT && entering != PhaseKind.RUN && entering != PhaseKind.LIFT) {
            return List.of();
        }
        return measurements.stream().filter(DiastasisMeasurement::domingOnEffort).findFirst()
                .map(m -> List.of(Reason.of(Rule.DOMING_ON_HEAD_LIFT, Phrase.of("verdict.subject.diastasis"),
                        Phrase.of("verdict.reason.domingOnHeadLift", m.describe(), demand(entering)))))
                .orElse(List.of());
    }

    /** What the phase being entered asks of the pelvic floor, for the symptom sentences. */
    static Phrase demand(PhaseKind entering) {
        return Phrase.of("verdict.demand." + switch (entering) {
            case IMPACT, RUN -> "impact";
            case LIFT -> "lifting";
            default -> "load";
        });
    }
}
