package org.restride.app.visits;

import org.restride.text.Words;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.PhaseChange;
import org.restride.domain.progress.Progression;
import org.restride.domain.progress.ReadinessRules;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.RuleOverride;
import org.restride.domain.progress.Verdict;
import org.restride.domain.progress.Visit;
import org.restride.store.Database;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.store.ExerciseRepository;
import org.restride.store.MeasureRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.StoreException;
import org.restride.store.PhaseHistoryRepository;
import org.restride.text.KeyedProblem;
import org.restride.store.VisitRepository;

/**
 * Recording a visit and acting on its verdict: the verdict is worked out by {@link ReadinessRules}, saved with the
 * visit, and a "ready" verdict can be accepted to move the roadmap on, with the change kept in the phase history.
 */
public final class VisitService {
    private final VisitRepository visits;
    private final PhaseHistoryRepository phaseHistory;
    private final ExerciseRepository exercises;
    private final RoadmapRepository roadmaps;
    private final MeasureRepository measures;

    public VisitService(Database db) {
        this.visits = new VisitRepository(db);
        this.phaseHistory = new PhaseHistoryRepository(db);
        this.exercises = new ExerciseRepository(db);
        this.roadmaps = new RoadmapRepository(db);
        this.measures = new MeasureRepository(db);
    }

    /** The patient's roadmaps, for the visit form's choice. */
    public List<Roadmap> roadmapsOf(long patientId) {
        return roadmaps.forPatient(patientId);
    }

    /** The roadmap as saved now (it may have changed since the form showed it). */
    public Optional<Roadmap> roadmap(long roadmapId) {
        return roadmaps.find(roadmapId);
    }

    /** The outcome measures a visit can score. */
    public List<OutcomeMeasure> measures() {
        return measures.all();
    }

    /** Accepts a "ready" verdict against its roadmap as saved now; see {@link #acceptReady(RecordedVisit, Roadmap, LocalDate)}. */
    public Roadmap acceptReady(RecordedVisit recorded) {
        Roadmap current = roadmaps.find(recorded.visit().roadmapId())
                .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.store.roadmapGone")));
        return acceptReady(recorded, current, recorded.visit().date());
    }

    /** The roadmap's exercises by id, read once per verdict; an id it cannot find gives null. */
    private Function<String, Exercise> impactOf(Roadmap roadmap) {
        Set<String> ids = roadmap.phases().stream().flatMap(p -> p.items().stream()).map(PhaseItem::exerciseId)
                .collect(Collectors.toSet());
        Map<String, Exercise> found = exercises.findAll(ids);
        return found::get;
    }

    /** The verdict the visit would get now, saving nothing: for the form to show as the PT types. */
    public Verdict preview(Visit visit, Patient patient, Roadmap roadmap, LocalDate today) {
        return ReadinessRules.verdict(roadmap, patient, visit.withPhase(roadmap.id(), roadmap.currentPhase()), today,
                impactOf(roadmap));
    }

    /**
     * Checks the visit, works out its verdict against the roadmap's current phase (no verdict when she has no
     * roadmap, null), and saves both. Overrides that set nothing aside in this verdict are not kept.
     */
    public RecordedVisit record(Visit visit, Patient patient, Roadmap roadmap, LocalDate today) {
        visit.checkFor(patient, today);
        if (roadmap == null) {
            return visits.save(visit.withPhase(null, null).withOverrides(List.of()), null);
        }
        if (roadmap.id() == null) {
            throw new ValidationException("roadmap", "visit.unsaved");
        }
        Visit placed = visit.withPhase(roadmap.id(), roadmap.currentPhase());
        Verdict verdict = ReadinessRules.verdict(roadmap, patient, placed, today, impactOf(roadmap));
        List<RuleOverride> applied = placed.overrides().stream()
                .filter(o -> verdict.overridden().stream().anyMatch(r -> r.rule() == o.rule()))
                .toList();
        return visits.save(placed.withOverrides(applied), verdict);
    }

    /**
     * Accepts a "ready" verdict: the roadmap moves to its next phase, saved together with the phase change.
     * Returns the roadmap as saved.
     */
    public Roadmap acceptReady(RecordedVisit recorded, Roadmap roadmap, LocalDate today) {
        if (recorded.verdict() == null) {
            throw new ValidationException("visit", "visit.noVerdict");
        }
        Roadmap next = Progression.advance(roadmap, recorded.verdict());
        String note = recorded.verdict().overridden().stream().map(r -> Words.english().label(r.rule()) + ": " + r.overriddenBecause())
                .distinct().collect(Collectors.joining("; "));
        phaseHistory.saveWithChange(next, new PhaseChange(null, roadmap.id(), today, roadmap.currentPhase(),
                next.currentPhase(), next.current().name(), recorded.id(), note.isEmpty() ? null : "Overridden: " + note));
        return next;
    }

    /** Moves the roadmap back one phase on the PT's decision, with her note, and records the change. */
    public Roadmap stepBack(Roadmap roadmap, LocalDate today, Long visitId, String note) {
        Roadmap previous = Progression.stepBack(roadmap);
        phaseHistory.saveWithChange(previous, new PhaseChange(null, roadmap.id(), today, roadmap.currentPhase(),
                previous.currentPhase(), previous.current().name(), visitId, note));
        return previous;
    }
}
