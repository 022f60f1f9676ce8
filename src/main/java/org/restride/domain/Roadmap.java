package org.restride.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A patient's plan: ordered phases, one of them current. The id is null until it is first saved. */
public record Roadmap(Long id, long patientId, String title, String goal, RoadmapStatus status,
                      int currentPhase, List<Phase> phases, LocalDate created) {
    public Roadmap {
        title = Check.line("title", title, 200);
        goal = Check.optionalText("goal", goal, 500);
        Check.present("status", status);
        phases = List.copyOf(phases == null ? List.of() : phases);
        Check.range("currentPhase", currentPhase, 0, Math.max(0, phases.size() - 1));
        Check.present("created", created);
    }

    public Roadmap withId(long newId) {
        return new Roadmap(newId, patientId, title, goal, status, currentPhase, phases, created);
    }

    public Roadmap withPhases(List<Phase> newPhases) {
        int current = Math.min(currentPhase, Math.max(0, newPhases.size() - 1));
        return new Roadmap(id, patientId, title, goal, status, current, newPhases, created);
    }

    /** The same roadmap with another phase current (phase numbers count from 0). */
    public Roadmap withCurrentPhase(int phase) {
        return new Roadmap(id, patientId, title, goal, status, phase, phases, created);
    }

    public Roadmap withTitle(String newTitle) {
        return new Roadmap(id, patientId, newTitle, goal, status, currentPhase, phases, created);
    }

    public Roadmap withGoal(String newGoal) {
        return new Roadmap(id, patientId, title, newGoal, status, currentPhase, phases, created);
    }

    public Roadmap withStatus(RoadmapStatus newStatus) {
        return new Roadmap(id, patientId, title, goal, newStatus, currentPhase, phases, created);
    }

    /** The same plan, not yet saved, for another patient (or the same one again), started on {@code day}. */
    public Roadmap copyFor(long newPatientId, LocalDate day) {
        return new Roadmap(null, newPatientId, title, goal, status, currentPhase, phases, day);
    }

    /** The phase the patient is working in now. */
    public Phase current() {
        if (phases.isEmpty()) {
            throw new ValidationException("phases", "roadmap.noPhase");
        }
        return phases.get(currentPhase);
    }

    /** Which sport the roadmap leads back to, judged from its phases. */
    public Sport sport() {
        return Sport.of(phases.stream().map(Phase::kind).collect(Collectors.toSet()));
    }

    /** The sports a roadmap can lead back to. */
    public enum Sport {
        RUNNING, LIFTING, RUNNING_AND_LIFTING, EXERCISE;

        static Sport of(Set<PhaseKind> kinds) {
            boolean run = kinds.contains(PhaseKind.RUN);
            boolean lift = kinds.contains(PhaseKind.LIFT);
            return run && lift ? RUNNING_AND_LIFTING : run ? RUNNING : lift ? LIFTING : EXERCISE;
        }
    }
}
