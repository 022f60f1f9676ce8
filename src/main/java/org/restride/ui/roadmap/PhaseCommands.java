package org.restride.ui.roadmap;

import java.util.List;
import java.util.Optional;
import org.restride.app.editing.RoadmapEdits;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.WeekRange;
import org.restride.text.Words;
import org.restride.ui.common.StoredText;

/**
 * The editor's commands on the phases: add one, name it, its purpose and weeks, move or remove it, mark where she
 * is now, add or remove a readiness test. Each is one undo step of the session.
 */
record PhaseCommands(EditorSession session, Words words, StoredText stored) {
    void addPhase(PhaseKind kind) {
        Roadmap r = session.roadmap();
        int from = r.phases().isEmpty() ? 0 : Optional.ofNullable(r.phases().get(r.phases().size() - 1).weeks().to())
                .orElse(r.phases().get(r.phases().size() - 1).weeks().from());
        Phase phase = new Phase(kind, words.get("editor.newPhase", words.label(kind).toLowerCase()), null,
                new WeekRange(from, from + 4), List.of(), List.of());
        if (session.edit("addPhase", null, x -> RoadmapEdits.addPhase(x, phase))) {
            session.selectedPhaseProperty().set(session.roadmap().phases().size() - 1);
        }
    }

    void renamePhase(int phase, String typed) {
        String name = stored.kept(session.phaseAt(phase).name(), typed);
        if (!name.equals(session.phaseAt(phase).name())) {
            session.edit("phaseName", List.of("name", phase), r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.rename(p, name)));
        }
    }

    void setPurpose(int phase, String typed) {
        String old = session.phaseAt(phase).purpose();
        String purpose = stored.kept(old, typed);
        if (!(purpose == null ? "" : purpose.strip()).equals(old == null ? "" : old)) {
            session.edit("purpose", List.of("purpose", phase),
                    r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.withPurpose(p, purpose)));
        }
    }

    /** A start after the end is refused naming the start box, the one the PT just changed. */
    void setWeeks(int phase, int from, Integer to) {
        if (to != null && from > to && from != session.phaseAt(phase).weeks().from()) {
            session.say("editor.startAfterEnd", from, to);
            return;
        }
        if (session.edit("weeks", List.of("weeks", phase),
                r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.withWeeks(p, new WeekRange(from, to))))) {
            sayIfWeeksOverlap(phase);
        }
    }

    /** Phases may overlap on purpose, so an overlap is saved; the PT is told, in case a week was mistyped. */
    private void sayIfWeeksOverlap(int phase) {
        List<Phase> phases = session.roadmap().phases();
        for (int earlier = Math.max(0, phase - 1); earlier <= phase && earlier + 1 < phases.size(); earlier++) {
            WeekRange first = phases.get(earlier).weeks();
            WeekRange next = phases.get(earlier + 1).weeks();
            if (first.runsInto(next)) {
                session.say("editor.weeksOverlap", earlier + 2, next.from(), earlier + 1, first.to());
                return;
            }
        }
    }

    /** Moves a phase {@code delta} places; false if it cannot go there (first up, last down). */
    boolean movePhase(int phase, int delta) {
        if (!session.edit("movePhase", null, r -> RoadmapEdits.movePhase(r, phase, delta))) {
            return false;
        }
        session.selectedPhaseProperty().set(phase + delta);
        return true;
    }

    /** Removes a phase; false if there was none to remove. */
    boolean removePhase(int phase) {
        if (!session.edit("removePhase", null, r -> RoadmapEdits.removePhase(r, phase))) {
            return false;
        }
        session.selectedPhaseProperty().set(Math.max(0, Math.min(phase, session.roadmap().phases().size() - 1)));
        return true;
    }

    void setCurrentPhase(int phase) {
        session.edit("currentPhase", null, r -> RoadmapEdits.withCurrent(r, phase));
    }

    void addCriterion(int phase, Criterion criterion) {
        session.edit("addCriterion", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.addCriterion(p, criterion)));
    }

    void removeCriterion(int phase, int index) {
        session.edit("removeCriterion", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.removeCriterion(p, index)));
    }
}
