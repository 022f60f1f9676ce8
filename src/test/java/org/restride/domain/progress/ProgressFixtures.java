package org.restride.domain.progress;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;
import org.restride.domain.DeliveryType;
import org.restride.domain.DoseUnit;
import org.restride.domain.Exercise;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Patient;
import org.restride.domain.PhaseItem;
import org.restride.domain.TestExercises;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.WeekRange;

/** A return-to-running roadmap with the Goom 2019 tests, a patient, and visits that pass every test. */
public final class ProgressFixtures {
    public static final LocalDate BIRTH = LocalDate.of(2026, 1, 5);
    public static final int FOUNDATION = 0;
    public static final int STRENGTH = 1;
    public static final int IMPACT = 2;
    public static final int RUN = 3;

    public static final Criterion CALF_RAISE = new Criterion("single-leg-calf-raise", "Single-leg calf raise",
            Amount.of(DoseUnit.REPS, 20), true, null);
    public static final Criterion HOP = new Criterion("hop-in-place", "Hop in place", Amount.of(DoseUnit.REPS, 10), true, null);
    public static final Criterion WALKING = new Criterion("walking-30-min", "Walking", Amount.of(DoseUnit.MINUTES, 30), false, null);
    public static final Criterion BRISK_WALK = Criterion.statement("No leaking on a brisk walk");
    public static final Criterion SQUAT = new Criterion("single-leg-squat", "Single-leg squat", Amount.of(DoseUnit.REPS, 10), true, null);
    public static final Criterion RUN_20 = Criterion.statement("You can run 20 minutes without stopping");

    private ProgressFixtures() {
    }

    /** The exercises the roadmap's phases hold: a low-impact march and moderate-impact pogo hops in the impact phase. */
    public static final Exercise MARCHING = withImpact(TestExercises.exercise("marching", "Marching"), ImpactLevel.LOW);
    public static final Exercise POGO_HOPS = withImpact(TestExercises.exercise("pogo-hops", "Pogo hops"), ImpactLevel.MODERATE);

    /** Finds the fixture's exercises by id, as the store would. */
    public static Exercise exercise(String id) {
        return MARCHING.id().equals(id) ? MARCHING : POGO_HOPS.id().equals(id) ? POGO_HOPS : null;
    }

    public static Verdict verdict(Roadmap roadmap, Patient patient, Visit visit, LocalDate today) {
        return ReadinessRules.verdict(roadmap, patient, visit, today, ProgressFixtures::exercise);
    }

    static Exercise withImpact(Exercise e, ImpactLevel impact) {
        return new Exercise(e.id(), e.name(), e.summary(), e.steps(), e.cues(), e.mistakes(), e.watchFor(), e.phases(),
                e.region(), e.equipment(), e.position(), impact, e.pelvicFloorDemand(), e.tags(), e.defaultDosage(),
                e.easierId(), e.harderId(), e.source(), e.basedOnId(), e.archived());
    }

    public static Patient patient(DeliveryType delivery) {
        return new Patient(7L, "Ana Souza", null, BIRTH, delivery, null, 1, false, List.of("Run 5 km"), null);
    }

    public static Roadmap roadmap(int currentPhase) {
        return new Roadmap(3L, 7L, "Back to running", "Run 5 km", RoadmapStatus.ISSUED, currentPhase, List.of(
                phase(PhaseKind.FOUNDATION, "Reconnect", 0, 6, List.of(BRISK_WALK)),
                phase(PhaseKind.STRENGTH, "Build strength", 6, 12, List.of(SQUAT, CALF_RAISE)),
                phase(PhaseKind.IMPACT, "Get ready for impact", 10, 14, List.of(HOP, CALF_RAISE, WALKING, BRISK_WALK)),
                phase(PhaseKind.RUN, "Back to running", 12, null, List.of(RUN_20))), BIRTH);
    }

    /** The same roadmap with exercises in its impact phase: marching, and pogo hops unless {@code lowOnly}. */
    public static Roadmap roadmapWithImpact(int currentPhase, boolean lowOnly) {
        Roadmap plain = roadmap(currentPhase);
        List<Phase> phases = new ArrayList<>(plain.phases());
        phases.set(IMPACT, phases.get(IMPACT).withItems(lowOnly ? List.of(item(MARCHING))
                : List.of(item(MARCHING), item(POGO_HOPS))));
        return plain.withPhases(phases);
    }

    private static PhaseItem item(Exercise exercise) {
        return new PhaseItem(exercise.id(), exercise.defaultDosage(), null);
    }

    private static Phase phase(PhaseKind kind, String name, int from, Integer to, List<Criterion> criteria) {
        return new Phase(kind, name, null, new WeekRange(from, to), List.of(), criteria);
    }

    /** A visit on the given week postpartum in which every exit criterion of the current phase is met exactly. */
    public static Visit passingVisit(Roadmap roadmap, int weeksPostpartum) {
        Visit visit = Visit.start(roadmap, BIRTH.plusWeeks(weeksPostpartum)).withSymptoms(SymptomCheck.NONE)
                .withReadiness(new DailyReadiness(8.0, 3, Hydration.GOOD, null));
        for (Criterion c : roadmap.current().exitCriteria()) {
            visit = visit.withResult(exactlyAtTarget(c));
        }
        return visit;
    }

    public static CriterionResult exactlyAtTarget(Criterion c) {
        if (c.target() == null) {
            return CriterionResult.statement(c, true).withSymptoms(Set.of(), 0);
        }
        int target = c.target().min();
        return (c.eachSide() ? CriterionResult.perSide(c, target, target) : CriterionResult.of(c, target))
                .withSymptoms(Set.of(), 0);
    }
}
