package org.restride.app;

import org.restride.text.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Patient;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.progress.HistoryEntry;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.Status;
import org.restride.store.MeasureRepository;
import org.restride.app.visits.PatientHistory;
import org.restride.store.VisitRepository;

/** The sample clinic's patients come with a history: visits with verdicts, the phases they led to, and scores. */
class DemoVisitsTest {
    @TempDir
    Path folder;

    @Test
    void eachSamplePatientHasAHistoryThatLedToWhereSheIsNow() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        try (Workspace workspace = Workspace.open(folder)) {
            new DemoClinic(workspace, today).fill();
            Patient lea = workspace.patients().search("Léa").get(0);
            List<RecordedVisit> visits = new VisitRepository(WorkspaceDatabase.of(workspace)).forPatient(lea.id());
            assertEquals(List.of(Status.HOLD, Status.READY, Status.HOLD, Status.READY, Status.HOLD),
                    visits.stream().map(v -> v.verdict().status()).toList());
            assertFalse(visits.get(4).visit().date().isAfter(today));
            List<String> titles = new PatientHistory(WorkspaceDatabase.of(workspace)).timeline(lea.id()).stream()
                    .filter(e -> e instanceof HistoryEntry.PhaseEntry).map(HistoryEntry::title)
                    .map(new Wording(Words.english())::say).toList();
            assertEquals(List.of("Moved on to \"Build strength, whole body\"", "Moved on to \"Get ready for impact\""), titles);

            MeasureRepository measures = new MeasureRepository(WorkspaceDatabase.of(workspace));
            Patient sofia = workspace.patients().search("Sofia").get(0);
            assertEquals(List.of(8.0, 6.0, 3.0), measures.series(sofia.id(), BuiltInMeasures.ICIQ_UI_SF).scores()
                    .stream().map(s -> s.value()).toList());
            assertEquals(3, measures.series(sofia.id(), BuiltInMeasures.PFDI_20_TOTAL).scores().size());
        }
    }
}
