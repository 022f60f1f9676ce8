package org.restride.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.restride.domain.Criterion;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;

/**
 * The readiness verdict for the roadmap's current phase, from one visit (CLINICAL.md). Pure: the same roadmap,
 * patient, visit and day always give the same verdict.
 *
 * <ul>
 * <li>STOP_AND_REFER: any red flag. It outranks everything and cannot be overridden.</li>
 * <li>STEP_BACK: the load she is already doing is too much. Pelvic symptoms with her current exercises (the
 * symptom check), pain above 5/10 anywhere, or symptoms worse the next day.</li>
 * <li>HOLD: the next phase's demands are not met yet. An exit criterion short of target or not tested, a pelvic
 * symptom or pain 4–5/10 during a readiness test (a test passes only at 0–3/10 and without symptoms, whatever the
 * numbers), doming during a head lift before impact or heavy lifting, or the timeline (running before 12 weeks;
 * loading within 6 weeks or high effort within 3 months of a caesarean; before 12 weeks, any exercise in this phase
 * or the next whose impact level is above low).</li>
 * <li>READY: none of these. Advice is still listed: strength tests short of target before running (where strength
 * work should go), pain 4–5/10 with her exercises, and poor sleep, high fatigue or low hydration (scale today's
 * load).</li>
 * </ul>
 */
public final class ReadinessRules {
    private ReadinessRules() {
    }

    /**
     * The verdict for the roadmap's current phase. {@code exercises} finds the roadmap's exercises by id (null for
     * one it does not know), so that a phase the clinic built with hops or jumps is caught by their impact level.
     */
    public static Verdict verdict(Roadmap roadmap, Patient patient, Visit visit, LocalDate today,
                                  Function<String, Exercise> exercises) {
        visit.checkFor(patient, today);
        if (roadmap.patientId() != visit.patientId()) {
            throw new ValidationException("roadmap", "otherPatient");
        }
        int index = roadmap.currentPhase();
        Phase phase = roadmap.current();
        Phase next = index + 1 < roadmap.phases().size() ? roadmap.phases().get(index + 1) : null;
        Phase entering = next == null ? phase : next;

        List<Reason> reasons = new ArrayList<>(SymptomRules.redFlags(visit.redFlags()));
        reasons.addAll(SymptomRules.programme(visit.symptoms()));
        for (Criterion criterion : phase.exitCriteria()) {
            CriterionResult result = visit.resultFor(criterion).orElse(CriterionResult.notTested(criterion));
            reasons.addAll(TestRules.forExitCriterion(result, entering.kind()));
        }
        for (CriterionResult extra : visit.results()) {
            if (phase.exitCriteria().stream().noneMatch(extra::isFor)) {
                reasons.addAll(TestRules.symptomsAndPain(extra));
            }
        }
        reasons.addAll(TestRules.domingOnHeadLift(visit.diastasis(), entering.kind()));
        reasons.addAll(TimelineRules.check(patient, visit.date(), phase.kind(), next == null ? null : next.kind()));
        reasons.addAll(TimelineRules.highImpact(patient, visit.date(), phase, next, exercises));
        reasons.addAll(SymptomRules.dailyReadiness(visit.readiness()));
        reasons.addAll(TimelineRules.beforeLoading(patient, phase.kind(), next == null ? null : next.kind()));
        reasons.addAll(WellbeingRules.mood(visit.wellbeing()));
        reasons.addAll(WellbeingRules.energy(visit.wellbeing()));
        reasons.addAll(WellbeingRules.diastasisCutOff(visit.diastasis()));
        if (TimelineRules.loading(phase.kind(), next == null ? null : next.kind())) {
            reasons.addAll(WellbeingRules.riskFactors(visit.wellbeing(), visit.readiness()));
        }

        List<Reason> decided = reasons.stream()
                .map(r -> visit.overrideOf(r.rule()).map(o -> r.overriddenBecause(o.reason())).orElse(r))
                .toList();
        return new Verdict(decided, index, phase.name(), next == null ? null : index + 1, next == null ? null : next.name());
    }
}
