package org.restride.app.visits;

import org.restride.text.Words;
import org.restride.app.Wording;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Roadmap;
import org.restride.store.PhaseHistoryRepository;
import org.restride.store.ProgressStoreFixture;
import org.restride.store.RoadmapRepository;
import org.restride.store.VisitRepository;
import org.restride.domain.ValidationException;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.HistoryEntry;
import org.restride.domain.progress.PhaseChange;
import org.restride.domain.progress.ProgressFixtures;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.Rule;
import org.restride.domain.progress.RuleOverride;
import org.restride.domain.progress.Status;
import org.restride.domain.progress.Visit;

/** Recording visits, accepting a verdict, and the timeline that results. */
class PatientHistoryTest {
    static final Wording SAY = new Wording(Words.english());
    @TempDir
    Path folder;
    ProgressStoreFixture fixture;
    VisitService service;

    @BeforeEach
    void open() {
        fixture = new ProgressStoreFixture(folder, ProgressFixtures.IMPACT);
        service = new VisitService(fixture.db);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private RecordedVisit record(Visit visit, Roadmap roadmap) {
        return service.record(visit, fixture.patient, roadmap, visit.date());
    }

    @Test
    void acceptingReadyMovesTheRoadmapOnAndRecordsWhen() {
        RecordedVisit ready = record(ProgressFixtures.passingVisit(fixture.roadmap, 14), fixture.roadmap);
        assertEquals(Status.READY, ready.verdict().status());
        Roadmap moved = service.acceptReady(ready, fixture.roadmap, fixture.week(14));
        assertEquals(ProgressFixtures.RUN, moved.currentPhase());
        assertEquals(moved, new RoadmapRepository(fixture.db).find(fixture.roadmap.id()).orElseThrow());
        List<PhaseChange> changes = new PhaseHistoryRepository(fixture.db).forRoadmap(fixture.roadmap.id());
        assertEquals(1, changes.size());
        assertEquals(new PhaseChange(changes.get(0).id(), fixture.roadmap.id(), fixture.week(14), ProgressFixtures.IMPACT,
                ProgressFixtures.RUN, "Back to running", ready.id(), null), changes.get(0));
    }

    @Test
    void aHoldCannotBeAcceptedAndChangesNothing() {
        Visit short_ = ProgressFixtures.passingVisit(fixture.roadmap, 14).withResult(CriterionResult.perSide(ProgressFixtures.HOP, 4, 4));
        RecordedVisit hold = record(short_, fixture.roadmap);
        assertThrows(ValidationException.class, () -> service.acceptReady(hold, fixture.roadmap, fixture.week(14)));
        assertEquals(ProgressFixtures.IMPACT, new RoadmapRepository(fixture.db).find(fixture.roadmap.id()).orElseThrow().currentPhase());
        assertTrue(new PhaseHistoryRepository(fixture.db).forRoadmap(fixture.roadmap.id()).isEmpty());
    }

    @Test
    void onlyOverridesThatSetSomethingAsideAreKept() {
        Visit visit = ProgressFixtures.passingVisit(fixture.roadmap, 11).withOverrides(List.of(
                new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "Cleared by her obstetrician"),
                new RuleOverride(Rule.CRITERION_SHORT, "Nothing is short")));
        RecordedVisit saved = record(visit, fixture.roadmap);
        assertEquals(List.of(new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "Cleared by her obstetrician")), saved.visit().overrides());
        assertEquals(saved, new VisitRepository(fixture.db).find(saved.id()).orElseThrow());
    }

    @Test
    void aVisitInTheFutureIsNotSaved() {
        Visit visit = ProgressFixtures.passingVisit(fixture.roadmap, 14);
        assertThrows(ValidationException.class, () -> service.record(visit, fixture.patient, fixture.roadmap, visit.date().minusDays(1)));
        assertTrue(new VisitRepository(fixture.db).forPatient(fixture.patient.id()).isEmpty());
    }

    @Test
    void theTimelineListsRoadmapVisitsScoresOverridesAndPhasesInOrder() {
        Visit early = ProgressFixtures.passingVisit(fixture.roadmap, 11)
                .withScores(Map.of(BuiltInMeasures.ICIQ_UI_SF, 9.0));
        RecordedVisit held = record(early, fixture.roadmap);
        assertEquals(Status.HOLD, held.verdict().status());
        Visit overridden = ProgressFixtures.passingVisit(fixture.roadmap, 11).withDate(fixture.week(11).plusDays(3))
                .withOverrides(List.of(new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "Cleared by her obstetrician")));
        RecordedVisit ready = record(overridden, fixture.roadmap);
        Roadmap running = service.acceptReady(ready, fixture.roadmap, ready.visit().date());
        service.stepBack(running, fixture.week(13), null, "Leaking on longer runs");

        List<HistoryEntry> timeline = new PatientHistory(fixture.db).timeline(fixture.patient.id());
        assertEquals(List.of(
                "Roadmap started: Back to running",
                "Visit: Hold",
                "ICIQ-UI Short Form",
                "Visit: Ready to progress",
                "Override: Running before 12 weeks after the birth",
                "Moved on to \"Back to running\"",
                "Stepped back to \"Get ready for impact\""), timeline.stream().map(HistoryEntry::title).map(SAY::say).toList());
        assertEquals("First phase: \"Get ready for impact\"", SAY.say(timeline.get(0).detail()));
        assertEquals("9 (moderate) of 0–21", SAY.say(timeline.get(2).detail()));
        HistoryEntry.OverrideEntry override = (HistoryEntry.OverrideEntry) timeline.get(4);
        assertEquals("Reason: Cleared by her obstetrician", SAY.say(override.detail()));
        assertEquals("verdict.reason.runningBefore12Weeks", override.covered().get(0).key());
        assertEquals("Overridden: Running before 12 weeks: Cleared by her obstetrician", SAY.say(timeline.get(5).detail()));
        assertEquals("Leaking on longer runs", SAY.say(timeline.get(6).detail()));
    }
}
