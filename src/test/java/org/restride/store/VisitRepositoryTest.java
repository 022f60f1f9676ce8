package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.ValidationException;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.DailyReadiness;
import org.restride.domain.progress.DiastasisMeasurement;
import org.restride.domain.progress.Hydration;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.ProgressFixtures;
import org.restride.domain.progress.ReadinessRules;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.EnergySign;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.RiskFactor;
import org.restride.domain.progress.Wellbeing;
import org.restride.domain.progress.Rule;
import org.restride.domain.progress.RuleOverride;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.SymptomContext;
import org.restride.domain.progress.Verdict;
import org.restride.domain.progress.Visit;

class VisitRepositoryTest {
    @TempDir
    Path folder;
    ProgressStoreFixture fixture;
    VisitRepository visits;

    @BeforeEach
    void open() {
        fixture = new ProgressStoreFixture(folder, ProgressFixtures.IMPACT);
        visits = new VisitRepository(fixture.db);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A visit with every kind of field filled in, including a per-side result, a yes/no one and one not tested. */
    private Visit fullVisit() {
        return ProgressFixtures.passingVisit(fixture.roadmap, 11)
                .withResult(CriterionResult.perSide(ProgressFixtures.CALF_RAISE, 14, 20)
                        .withSymptoms(Set.of(PelvicSymptom.HEAVINESS, PelvicSymptom.LEAKING), 2).withNote("Left ankle stiff"))
                .withResult(CriterionResult.of(ProgressFixtures.WALKING, null))
                .withResult(CriterionResult.statement(ProgressFixtures.BRISK_WALK, false))
                .withSymptoms(new SymptomCheck(true, Map.of(PelvicSymptom.DOMING, SymptomContext.WITH_EXERCISE,
                        PelvicSymptom.LEAKING, SymptomContext.BASELINE, PelvicSymptom.BOWEL_LEAK, SymptomContext.NEW_OR_WORSE), 4, true))
                .withRedFlags(Set.of(RedFlag.CALF_PAIN_OR_SWELLING))
                .withReadiness(new DailyReadiness(5.5, 8, Hydration.LOW, "Teething baby", 7.0))
                .withDiastasis(List.of(
                        new DiastasisMeasurement(DiastasisMeasurement.Level.ABOVE, 4.5, DiastasisMeasurement.State.HEAD_LIFT,
                                DiastasisMeasurement.Method.FINGER_WIDTHS, 2.5, DiastasisMeasurement.Tension.SOME_GIVE, true),
                        new DiastasisMeasurement(DiastasisMeasurement.Level.AT, 0, DiastasisMeasurement.State.AT_REST,
                                DiastasisMeasurement.Method.ULTRASOUND_MM, 21.4, null, null)))
                .withScores(Map.of(BuiltInMeasures.ICIQ_UI_SF, 9.0, BuiltInMeasures.UDI_6, 33.33))
                .withOverrides(List.of(new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "Ran through pregnancy")))
                .withNotes("Zoë's notes — ünïcode kept")
                .withWellbeing(new Wellbeing(14, Set.of(EnergySign.WEIGHT_LOSS, EnergySign.NO_PERIODS),
                        Set.of(RiskFactor.NEW_TO_RUNNING)));
    }

    private Verdict verdictFor(Visit visit) {
        return ReadinessRules.verdict(fixture.roadmap, fixture.patient, visit, visit.date(), id -> null);
    }

    @Test
    void aVisitComesBackWithEverythingRecordedAndItsVerdict() {
        Visit visit = fullVisit();
        Verdict verdict = verdictFor(visit);
        RecordedVisit saved = visits.save(visit, verdict);
        RecordedVisit loaded = visits.find(saved.id()).orElseThrow();
        assertEquals(saved.visit(), loaded.visit());
        assertEquals(verdict, loaded.verdict());
        assertEquals(List.of(saved), visits.forPatient(fixture.patient.id()));
    }

    @Test
    void savingAgainReplacesResultsScoresAndOverrides() {
        RecordedVisit first = visits.save(fullVisit(), verdictFor(fullVisit()));
        Visit changed = first.visit().withResults(List.of(CriterionResult.perSide(ProgressFixtures.HOP, 10, 10)))
                .withScores(Map.of(BuiltInMeasures.ICIQ_UI_SF, 4.0)).withOverrides(List.of()).withDiastasis(List.of())
                .withRedFlags(Set.of()).withSymptoms(SymptomCheck.NOT_ASKED).withReadiness(DailyReadiness.NOT_ASKED).withNotes(null);
        RecordedVisit second = visits.save(changed, verdictFor(changed));
        assertEquals(first.id(), second.id());
        assertEquals(second, visits.find(first.id()).orElseThrow());
        assertEquals(1, new MeasureRepository(fixture.db).scores(fixture.patient.id()).size());
    }

    @Test
    void aVisitWithoutARoadmapHasNoVerdict() {
        Visit visit = Visit.withoutRoadmap(fixture.patient.id(), fixture.week(3)).withNotes("First contact");
        RecordedVisit saved = visits.save(visit, null);
        RecordedVisit loaded = visits.find(saved.id()).orElseThrow();
        assertNull(loaded.verdict());
        assertEquals(saved.visit(), loaded.visit());
    }

    @Test
    void aBadScoreSavesNothingOfTheVisit() {
        Visit visit = fullVisit().withScores(Map.of(BuiltInMeasures.ICIQ_UI_SF, 25.0));
        ValidationException e = assertThrows(ValidationException.class, () -> visits.save(visit, verdictFor(visit)));
        assertEquals("ICIQ-UI Short Form must be between 0 and 21 (was 25)", said(e));
        assertTrue(visits.forPatient(fixture.patient.id()).isEmpty());
        Visit derived = fullVisit().withScores(Map.of(BuiltInMeasures.PFDI_20_TOTAL, 120.0));
        assertThrows(ValidationException.class, () -> visits.save(derived, verdictFor(derived)));
        Visit unknown = fullVisit().withScores(Map.of("no-such-measure", 1.0));
        assertThrows(ValidationException.class, () -> visits.save(unknown, verdictFor(unknown)));
        assertTrue(visits.forPatient(fixture.patient.id()).isEmpty());
    }

    @Test
    void deletingAVisitTakesItsScoresButDeletingTheRoadmapKeepsTheVisit() {
        RecordedVisit saved = visits.save(fullVisit(), verdictFor(fullVisit()));
        new RoadmapRepository(fixture.db).delete(fixture.roadmap.id());
        RecordedVisit kept = visits.find(saved.id()).orElseThrow();
        assertNull(kept.visit().roadmapId());
        assertEquals(saved.verdict(), kept.verdict());
        visits.delete(saved.id());
        assertTrue(visits.find(saved.id()).isEmpty());
        assertTrue(new MeasureRepository(fixture.db).scores(fixture.patient.id()).isEmpty());
    }

    @Test
    void visitsAreListedOldestFirst() {
        Visit later = ProgressFixtures.passingVisit(fixture.roadmap, 16);
        Visit earlier = ProgressFixtures.passingVisit(fixture.roadmap, 14);
        visits.save(later, verdictFor(later));
        visits.save(earlier, verdictFor(earlier));
        assertEquals(List.of(earlier.date(), later.date()),
                visits.forPatient(fixture.patient.id()).stream().map(r -> r.visit().date()).toList());
        assertEquals(later.date(), visits.latest(fixture.patient.id()).orElseThrow().visit().date());
    }

    @Test
    void aVisitRowChangedOutsideRestrideIsToldAsThatDamagedRowWithNoDetails() {
        RecordedVisit saved = visits.save(fullVisit(), verdictFor(fullVisit()));
        fixture.db.write(c -> c.createStatement().executeUpdate("UPDATE visits SET visit_date = '2026-02-31x', "
                + "hydration = 'soggy' WHERE id = " + saved.visit().id()));
        DamagedRecordException e = assertThrows(DamagedRecordException.class, () -> visits.forPatient(fixture.patient.id()));
        assertEquals("visits", e.table());
        assertTrue(e.getMessage().startsWith("A saved record is damaged (visits, row " + saved.visit().id() + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("2026-02-31x") || e.getMessage().contains("Ana"), e.getMessage());
    }
}
