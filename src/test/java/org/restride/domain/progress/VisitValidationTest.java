package org.restride.domain.progress;

import org.restride.text.Words;
import org.restride.app.Wording;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.restride.domain.progress.ProgressFixtures.BRISK_WALK;
import static org.restride.domain.progress.ProgressFixtures.CALF_RAISE;
import static org.restride.domain.progress.ProgressFixtures.HOP;
import static org.restride.domain.progress.ProgressFixtures.IMPACT;
import static org.restride.domain.progress.ProgressFixtures.WALKING;
import static org.restride.domain.Refused.said;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;
import org.restride.domain.DeliveryType;
import org.restride.domain.DoseUnit;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;

class VisitValidationTest {
    static final Wording SAY = new Wording(Words.english());

    private static String message(Executable bad) {
        return said(assertThrows(ValidationException.class, bad));
    }

    @Test
    void implausibleResultsNameTheTestTheSideAndTheRange() {
        assertEquals("Single-leg calf raise, left must be between 0 and 200 reps (was 900)",
                message(() -> CriterionResult.perSide(CALF_RAISE, 900, 20)));
        assertEquals("Single-leg calf raise, right must be between 0 and 200 reps (was -3)",
                message(() -> CriterionResult.perSide(CALF_RAISE, 20, -3)));
        assertEquals("Walking must be between 0 and 240 min (was 500)", message(() -> CriterionResult.of(WALKING, 500)));
        Criterion balance = new Criterion("single-leg-balance", "Single-leg balance", Amount.of(DoseUnit.SECONDS, 10), true, null);
        assertEquals("Single-leg balance, left must be between 0 and 600 s (was 601)",
                message(() -> CriterionResult.perSide(balance, 601, 10)));
        assertEquals("Hop in place, pain must be between 0 and 10 (was 11)",
                message(() -> CriterionResult.perSide(HOP, 10, 10).withSymptoms(Set.of(), 11)));
    }

    @Test
    void valuesMustFitTheShapeOfTheTest() {
        assertEquals("Single-leg calf raise is tested on each side: give a left and a right value",
                message(() -> CriterionResult.of(CALF_RAISE, 20)));
        assertEquals("Walking, left is not tested per side: give one value",
                message(() -> new CriterionResult(WALKING, null, 30, null, null, Set.of(), null, null)));
        assertEquals("No leaking on a brisk walk is ticked yes or no; it takes no number",
                message(() -> CriterionResult.of(BRISK_WALK, 1)));
        assertEquals("Walking is measured against its target, not ticked yes or no",
                message(() -> new CriterionResult(WALKING, 30, null, null, true, Set.of(), null, null)));
    }

    @Test
    void aMissingValueIsNotTestedAndZeroIsAResult() {
        assertEquals(CriterionResult.Outcome.NOT_TESTED, CriterionResult.perSide(CALF_RAISE, null, null).outcome());
        assertEquals("not tested", SAY.say(CriterionResult.perSide(CALF_RAISE, null, null).measured()));
        assertEquals(CriterionResult.Outcome.SHORT, CriterionResult.perSide(CALF_RAISE, 0, 0).outcome());
        assertEquals("0/20 on the left, 0/20 on the right", SAY.say(CriterionResult.perSide(CALF_RAISE, 0, 0).measured()));
        assertEquals(CriterionResult.Outcome.MET, CriterionResult.perSide(CALF_RAISE, 20, 21).outcome());
        assertEquals(CriterionResult.Outcome.NOT_TESTED, CriterionResult.statement(BRISK_WALK, null).outcome());
    }

    @Test
    void symptomAndReadinessScoresStayInRange() {
        assertEquals("pelvic or back pain must be between 0 and 10 (was 12)",
                message(() -> new SymptomCheck(Set.of(), 12, false)));
        assertEquals("sleep hours must be between 0 and 24 (was 25)", message(() -> new DailyReadiness(25.0, null, null, null)));
        assertEquals("fatigue must be between 0 and 10 (was -1)", message(() -> new DailyReadiness(null, -1, null, null)));
    }

    @Test
    void diastasisMeasurementsAreCheckedPerMethod() {
        assertEquals("diastasis width must be between 0 and 10 (was 12)", message(() -> new DiastasisMeasurement(
                DiastasisMeasurement.Level.AT, 0, DiastasisMeasurement.State.AT_REST, DiastasisMeasurement.Method.FINGER_WIDTHS,
                12, null, null)));
        assertEquals("diastasis site cm must be 0 at the umbilicus (was 3)", message(() -> new DiastasisMeasurement(
                DiastasisMeasurement.Level.AT, 3, DiastasisMeasurement.State.AT_REST, DiastasisMeasurement.Method.ULTRASOUND_MM,
                18, null, null)));
        assertEquals("diastasis site cm must be between 0.5 and 15 (was 0)", message(() -> new DiastasisMeasurement(
                DiastasisMeasurement.Level.BELOW, 0, DiastasisMeasurement.State.AT_REST, DiastasisMeasurement.Method.CALIPERS_MM,
                18, null, null)));
        DiastasisMeasurement ultrasound = new DiastasisMeasurement(DiastasisMeasurement.Level.BELOW, 2, DiastasisMeasurement.State.AT_REST,
                DiastasisMeasurement.Method.ULTRASOUND_MM, 21.5, DiastasisMeasurement.Tension.FIRM, false);
        assertEquals("2 cm below the umbilicus, at rest: 21.5 mm (ultrasound), firm, no doming", SAY.say(ultrasound.describe()));
    }

    @Test
    void aVisitRecordsEachTestOnceAndEachOverrideOnce() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16);
        assertEquals("Hop in place is recorded twice in one visit", message(() -> visit.withResults(List.of(
                CriterionResult.perSide(HOP, 1, 1), CriterionResult.perSide(HOP, 2, 2)))));
        assertEquals("override \"running-before-12-weeks\" is overridden twice; give one reason",
                message(() -> visit.withOverrides(List.of(new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "a"),
                        new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "b")))));
    }

    @Test
    void theVisitFormStartsWithEveryExitCriterionNotTested() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Visit visit = Visit.start(roadmap, ProgressFixtures.BIRTH.plusWeeks(14));
        assertEquals(List.of(HOP, CALF_RAISE, WALKING, BRISK_WALK), visit.results().stream().map(CriterionResult::criterion).toList());
        assertEquals(Set.of(CriterionResult.Outcome.NOT_TESTED),
                Set.copyOf(visit.results().stream().map(CriterionResult::outcome).toList()));
        Visit edited = visit.withResult(CriterionResult.perSide(HOP, 8, 9));
        assertEquals(4, edited.results().size());
        assertEquals(8, edited.resultFor(HOP).orElseThrow().left());
        assertEquals(IMPACT, visit.phaseIndex());
    }

    @Test
    void aVisitForAnotherPatientIsRefused() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16);
        var other = ProgressFixtures.patient(DeliveryType.VAGINAL).withId(99);
        assertEquals("patient does not match the visit's patient", message(() -> visit.checkFor(other, visit.date())));
    }
}
