package org.restride.app.visits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restride.domain.Roadmap;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.domain.progress.HistoryEntry;
import org.restride.domain.progress.PhaseChange;
import org.restride.domain.progress.Phrase;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.RuleOverride;
import org.restride.store.Database;
import org.restride.store.MeasureRepository;
import org.restride.store.PhaseHistoryRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.VisitRepository;

/** A patient's history as one timeline: roadmaps started, visits, scores, overrides and phase changes, oldest first. */
public final class PatientHistory {
    private final RoadmapRepository roadmaps;
    private final VisitRepository visits;
    private final MeasureRepository measures;
    private final PhaseHistoryRepository phases;

    public PatientHistory(Database db) {
        this.roadmaps = new RoadmapRepository(db);
        this.visits = new VisitRepository(db);
        this.measures = new MeasureRepository(db);
        this.phases = new PhaseHistoryRepository(db);
    }

    public List<HistoryEntry> timeline(long patientId) {
        List<HistoryEntry> entries = new ArrayList<>();
        List<PhaseChange> changes = phases.forPatient(patientId);
        for (Roadmap roadmap : roadmaps.forPatient(patientId)) {
            entries.add(started(roadmap, changes));
        }
        for (RecordedVisit recorded : visits.forPatient(patientId)) {
            entries.add(new HistoryEntry.VisitEntry(recorded));
            for (RuleOverride o : recorded.visit().overrides()) {
                List<Phrase> covered = recorded.verdict() == null ? List.of() : recorded.verdict().overridden().stream()
                        .filter(r -> r.rule() == o.rule()).map(Reason::text).toList();
                entries.add(new HistoryEntry.OverrideEntry(recorded.visit().date(), recorded.id(), o.rule(), o.reason(),
                        covered));
            }
        }
        Map<String, OutcomeMeasure> byKey = measures.all().stream()
                .collect(Collectors.toMap(OutcomeMeasure::key, Function.identity()));
        measures.scores(patientId).forEach(s -> entries.add(new HistoryEntry.ScoreEntry(byKey.get(s.measureKey()), s)));
        changes.forEach(change -> entries.add(new HistoryEntry.PhaseEntry(change)));
        entries.sort(HistoryEntry.TIMELINE_ORDER);
        return entries;
    }

    /** The roadmap's start, at the phase it began in: before its first recorded change, or its current phase. */
    private static HistoryEntry started(Roadmap roadmap, List<PhaseChange> changes) {
        int first = changes.stream().filter(c -> c.roadmapId() == roadmap.id()).findFirst()
                .map(PhaseChange::fromPhase).orElse(roadmap.currentPhase());
        String phaseName = first < roadmap.phases().size() ? roadmap.phases().get(first).name() : null;
        return new HistoryEntry.RoadmapStarted(roadmap.created(), roadmap.id(), roadmap.title(), phaseName);
    }
}
