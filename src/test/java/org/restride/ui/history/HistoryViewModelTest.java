package org.restride.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.app.Wording;
import org.restride.text.Words;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.ProgressFixtures;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.Visit;
import org.restride.store.FreshDatabase;
import org.restride.store.MeasureRepository;
import org.restride.app.visits.PatientHistory;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;
import org.restride.app.visits.VisitService;
import org.restride.ui.DirectTaskRunner;

/** The history tab's model without the toolkit: the timeline newest first with a day's scores together, and the chart. */
class HistoryViewModelTest extends FreshDatabase {
    Patient ana;
    HistoryViewModel model;

    @BeforeEach
    void open() {
        ana = new PatientRepository(db).save(new Patient(null, "Ana Souza", null, ProgressFixtures.BIRTH,
                DeliveryType.VAGINAL, 2, 1, true, List.of("Run 5 km"), null));
        Roadmap template = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        Roadmap roadmap = new RoadmapRepository(db).save(template.copyFor(ana.id(), ProgressFixtures.BIRTH.plusWeeks(12))
                .withStatus(RoadmapStatus.ISSUED).withCurrentPhase(ProgressFixtures.IMPACT));
        VisitService visits = new VisitService(db);
        Visit held = ProgressFixtures.passingVisit(roadmap, 13).withResult(CriterionResult.perSide(ProgressFixtures.HOP, 6, 10))
                .withScores(Map.of(BuiltInMeasures.ICIQ_UI_SF, 9.0, BuiltInMeasures.UDI_6, 37.5));
        visits.record(held, ana, roadmap, held.date());
        Visit ready = ProgressFixtures.passingVisit(roadmap, 14).withScores(Map.of(BuiltInMeasures.ICIQ_UI_SF, 5.0));
        RecordedVisit recorded = visits.record(ready, ana, roadmap, ready.date());
        visits.acceptReady(recorded, roadmap, ready.date());
        model = new HistoryViewModel(new PatientHistory(db), new MeasureRepository(db), new DirectTaskRunner(),
                new Wording(Words.english()));
    }

    @Test
    void theTimelineIsNewestFirstWithEachDaysScoresTogether() {
        model.show(ana.id());
        assertEquals(List.of("Moved on to \"Back to running\"", "Scores", "Visit: Ready to progress", "Scores", "Visit: Hold",
                "Roadmap started: Back to running"), model.entries().stream().map(TimelineItem::title).toList());
        assertEquals(List.of("ICIQ-UI Short Form: 9 (moderate) of 0–21", "PFDI-20: UDI-6 (urinary): 37.5 of 0–100"),
                model.entries().get(3).lines());
        TimelineItem hold = model.entries().get(4);
        assertEquals("hold", hold.kind());
        assertTrue(hold.lines().contains("• Hop in place: 6/10 on the left. Target 10 each side."), hold.lines().toString());
    }

    @Test
    void theChartShowsTheFirstMeasureScoredWithHowItChanged() {
        model.show(ana.id());
        assertEquals(List.of(BuiltInMeasures.ICIQ_UI_SF, BuiltInMeasures.UDI_6),
                model.series().stream().map(s -> s.measure().key()).toList());
        assertEquals(BuiltInMeasures.ICIQ_UI_SF, model.chosenProperty().get().measure().key());
        assertEquals("Latest 5 (slight) on 13 Apr 2026 · 4 lower than on 6 Apr 2026", model.summaryProperty().get());
        model.chosenProperty().set(model.series().get(1));
        assertEquals("Latest 37.5 on 6 Apr 2026", model.summaryProperty().get());
        model.reload();
        assertEquals(BuiltInMeasures.UDI_6, model.chosenProperty().get().measure().key(), "the chosen measure stays");
    }

    @Test
    void aPatientWithNothingRecordedSaysSo() {
        Patient bea = new PatientRepository(db).save(new Patient(null, "Bea Ruiz", null, ProgressFixtures.BIRTH,
                DeliveryType.VAGINAL, null, 1, false, List.of(), null));
        model.show(bea.id());
        assertTrue(model.entries().isEmpty());
        assertNull(model.chosenProperty().get());
        assertEquals("Nothing recorded yet: her visits, phases and scores will show here.", model.messageProperty().get());
    }
}
