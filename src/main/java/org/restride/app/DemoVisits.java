package org.restride.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.restride.domain.Criterion;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.DailyReadiness;
import org.restride.domain.progress.DiastasisMeasurement;
import org.restride.domain.progress.Hydration;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.Visit;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.store.MeasureRepository;
import org.restride.store.StoreException;
import org.restride.app.visits.VisitService;
import org.restride.store.WalkRunPlanRepository;
import org.restride.text.KeyedProblem;

/**
 * A sample patient's story: visits recorded as a PT would, each with its verdict, moving her on when she is ready,
 * and outcome scores, so her history and charts show something real.
 */
final class DemoVisits {
    private final VisitService visits;
    private final MeasureRepository measures;
    private final WalkRunPlanRepository plans;
    private final Patient patient;
    private final LocalDate today;
    private Roadmap roadmap;

    DemoVisits(Workspace workspace, Patient patient, Roadmap roadmap, LocalDate today) {
        this.visits = workspace.visits();
        this.measures = workspace.measures();
        this.plans = workspace.walkRunPlans();
        this.patient = patient;
        this.roadmap = roadmap;
        this.today = today;
    }

    Roadmap roadmap() {
        return roadmap;
    }

    /**
     * A visit in the given week postpartum: every test of the current phase passed at its target, then changed by
     * {@code details}. When the verdict is "ready" she moves on to the next phase.
     */
    DemoVisits visit(int week, UnaryOperator<Visit> details) {
        LocalDate day = dayOf(week);
        Visit visit = Visit.start(roadmap, day).withSymptoms(SymptomCheck.NONE)
                .withReadiness(new DailyReadiness(7.5, 3, Hydration.GOOD, null));
        for (Criterion criterion : roadmap.current().exitCriteria()) {
            visit = visit.withResult(atTarget(criterion));
        }
        RecordedVisit recorded = visits.record(details.apply(visit), patient, roadmap, today);
        if (recorded.verdict().canProgress()) {
            roadmap = visits.acceptReady(recorded, roadmap, day);
        }
        return this;
    }

    /** ICIQ-UI SF and the three PFDI-20 scales scored on their own in the given week. */
    DemoVisits scores(int week, double iciq, double udi6, double cradi8, double popdi6) {
        LocalDate day = dayOf(week);
        for (var score : List.of(score(BuiltInMeasures.ICIQ_UI_SF, day, iciq), score(BuiltInMeasures.UDI_6, day, udi6),
                score(BuiltInMeasures.CRADI_8, day, cradi8), score(BuiltInMeasures.POPDI_6, day, popdi6))) {
            measures.addScore(score, today);
        }
        return this;
    }

    /** A walk–run plan for her running phase, from her starting point, three sessions a week. */
    DemoVisits walkRun(int runSeconds, int walkSeconds, int repeats, int goalMinutes) {
        plans.save(roadmap.id(), WalkRunPlan.generate(runSeconds, walkSeconds, repeats, 3, goalMinutes));
        return this;
    }

    private MeasureScore score(String key, LocalDate day, double value) {
        return new MeasureScore(null, patient.id(), key, day, value, null);
    }

    private LocalDate dayOf(int week) {
        LocalDate day = patient.deliveryDate().plusWeeks(week);
        if (day.isAfter(today)) {
            throw new StoreException(KeyedProblem.of("problems.demo.visitInFuture", week));
        }
        return day;
    }

    private static CriterionResult atTarget(Criterion c) {
        if (c.target() == null) {
            return CriterionResult.statement(c, true).withSymptoms(Set.of(), 0);
        }
        int target = c.target().min();
        return (c.eachSide() ? CriterionResult.perSide(c, target, target) : CriterionResult.of(c, target))
                .withSymptoms(Set.of(), 0);
    }

    // --- what changes a visit from "everything at target" -------------------------------------------------

    /** The result of the current phase's test with this key: left and right, or one value when {@code right} is null. */
    static UnaryOperator<Visit> result(String key, Integer left, Integer right) {
        return visit -> {
            Criterion c = criterion(visit, key);
            return visit.withResult((right == null ? CriterionResult.of(c, left) : CriterionResult.perSide(c, left, right))
                    .withSymptoms(Set.of(), 0));
        };
    }

    /** A yes/no statement starting with these words, answered "not yet". */
    static UnaryOperator<Visit> notYet(String startsWith) {
        return visit -> visit.withResult(visit.results().stream().map(CriterionResult::criterion)
                .filter(c -> c.name().startsWith(startsWith)).findFirst()
                .map(c -> CriterionResult.statement(c, false)).orElseThrow());
    }

    /** Symptoms she noticed during the test with this key. */
    static UnaryOperator<Visit> symptomsDuring(String key, PelvicSymptom... symptoms) {
        return visit -> visit.withResult(visit.resultFor(criterion(visit, key)).orElseThrow()
                .withSymptoms(Set.of(symptoms), 2));
    }

    static UnaryOperator<Visit> scored(double iciq, double udi6, double cradi8, double popdi6) {
        return visit -> visit.withScore(BuiltInMeasures.ICIQ_UI_SF, iciq).withScore(BuiltInMeasures.UDI_6, udi6)
                .withScore(BuiltInMeasures.CRADI_8, cradi8).withScore(BuiltInMeasures.POPDI_6, popdi6);
    }

    /** Last night's sleep against her usual 6.5 hours, and fatigue. */
    static UnaryOperator<Visit> slept(double hours, int fatigue) {
        return visit -> visit.withReadiness(new DailyReadiness(hours, fatigue, Hydration.FAIR, null, 6.5));
    }

    static UnaryOperator<Visit> diastasis(double fingerWidths) {
        return visit -> visit.withDiastasis(List.of(new DiastasisMeasurement(DiastasisMeasurement.Level.AT, 0,
                DiastasisMeasurement.State.HEAD_LIFT, DiastasisMeasurement.Method.FINGER_WIDTHS, fingerWidths,
                DiastasisMeasurement.Tension.SOME_GIVE, false)));
    }

    static UnaryOperator<Visit> notes(String text) {
        return visit -> visit.withNotes(text);
    }

    /** Several changes, in order. */
    @SafeVarargs
    static UnaryOperator<Visit> all(UnaryOperator<Visit>... changes) {
        return visit -> {
            Visit changed = visit;
            for (UnaryOperator<Visit> change : changes) {
                changed = change.apply(changed);
            }
            return changed;
        };
    }

    private static Criterion criterion(Visit visit, String key) {
        return visit.results().stream().map(CriterionResult::criterion).filter(c -> key.equals(c.key())).findFirst()
                .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.demo.testNotInPhase", key)));
    }
}
