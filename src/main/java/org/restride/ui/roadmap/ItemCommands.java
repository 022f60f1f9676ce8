package org.restride.ui.roadmap;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.restride.app.editing.RoadmapEdits;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.PhaseItem;
import org.restride.domain.ValidationException;
import org.restride.text.Words;

/**
 * The editor's commands on the exercises of the phases: add, move (by drag or by Alt+arrows, across phases too),
 * remove, swap for the easier or harder version, and change a dose or a note. Each is one undo step of the session.
 */
final class ItemCommands {
    private final EditorSession session;
    private final Words words;
    private final Function<String, Exercise> exercises;

    ItemCommands(EditorSession session, Words words, Function<String, Exercise> exercises) {
        this.session = session;
        this.words = words;
        this.exercises = exercises;
    }

    /** Adds the exercise at the end of the selected phase, with its default dosage. */
    void addToSelectedPhase(String exerciseId) {
        if (session.roadmap() == null || session.roadmap().phases().isEmpty()) {
            session.say("editor.addPhaseFirst");
            return;
        }
        int phase = Math.min(session.selectedPhaseProperty().get(), session.roadmap().phases().size() - 1);
        insert(phase, session.phaseAt(phase).items().size(), exerciseId);
    }

    void insert(int phase, int index, String exerciseId) {
        Exercise exercise = exercises.apply(exerciseId);
        if (exercise == null) {
            session.say("editor.exerciseGone");
            return;
        }
        PhaseItem item = new PhaseItem(exerciseId, exercise.defaultDosage(), null);
        if (session.edit("addExercise", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.insertItem(p, index, item)))) {
            session.select(phase, Math.min(index, session.phaseAt(phase).items().size() - 1));
            session.say("editor.added", exercise.name(), session.phaseAt(phase).name());
        }
    }

    /** Moves an item within or between phases; {@code toIndex} counts in the target phase before removal. */
    void move(int fromPhase, int fromIndex, int toPhase, int toIndex) {
        session.edit("moveExercise", null, r -> RoadmapEdits.moveItem(r, fromPhase, fromIndex, toPhase, toIndex));
    }

    /** Alt+↑: one place up; the first of a phase goes to the end of the phase before. */
    void moveUp(int phase, int index) {
        if (index > 0) {
            move(phase, index, phase, index - 1);
        } else if (phase > 0) {
            move(phase, index, phase - 1, session.phaseAt(phase - 1).items().size());
        }
    }

    /** Alt+↓: one place down; the last of a phase goes to the top of the phase after. */
    void moveDown(int phase, int index) {
        if (index < session.phaseAt(phase).items().size() - 1) {
            move(phase, index, phase, index + 2);
        } else if (phase < session.roadmap().phases().size() - 1) {
            move(phase, index, phase + 1, 0);
        }
    }

    void remove(int phase, int index) {
        session.edit("removeExercise", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.removeItem(p, index)));
    }

    void setDosage(int phase, int index, Dosage dosage) {
        replace(phase, index, "editor.step.dosage", null, item -> item.withDosage(dosage));
    }

    /** Changes the selected exercise's dosage; {@code field} names what changed ("rest"), for undo. */
    void setSelectedDosage(String field, Dosage dosage) {
        ItemSelection.Selected s = session.selection().get();
        if (s != null) {
            replace(s.phase(), s.index(), "editor.field." + field, field, item -> item.withDosage(dosage));
        }
    }

    /** The selected exercise's note to the patient ("A note from your physiotherapist"); blank removes it. */
    boolean setSelectedNote(String note) {
        ItemSelection.Selected s = session.selection().get();
        if (s == null) {
            return true;
        }
        String wanted = note == null || note.isBlank() ? null : note.strip();
        return replace(s.phase(), s.index(), "editor.step.note", "note",
                item -> new PhaseItem(item.exerciseId(), item.dosage(), wanted));
    }

    /** One field of an item changed: typing on in the same field of the same exercise joins the undo step. */
    private boolean replace(int phase, int index, String nameKey, String field, UnaryOperator<PhaseItem> change) {
        PhaseItem old = session.phaseAt(phase).items().get(index);
        PhaseItem now;
        try {
            now = change.apply(old);
        } catch (ValidationException e) {
            session.refuse(e);
            return false;
        }
        if (now.equals(old)) {
            return true;
        }
        long key = session.selection().handOn(old, now);
        Object merge = field == null ? null : List.of(field, key);
        return session.apply(words.get(nameKey), merge, r -> RoadmapEdits.withPhase(r, phase, p -> p.withItem(index, now)));
    }

    /** Swaps an item for its easier or harder version, keeping the dosage; says so if there is none. */
    boolean swap(int phase, int index, boolean harder) {
        PhaseItem item = session.phaseAt(phase).items().get(index);
        Exercise current = exercises.apply(item.exerciseId());
        String targetId = current == null ? null : harder ? current.harderId() : current.easierId();
        Exercise target = targetId == null ? null : exercises.apply(targetId);
        if (target == null) {
            session.say(harder ? "editor.noHarder" : "editor.noEasier");
            return false;
        }
        PhaseItem swapped = item.withExercise(targetId);
        session.selection().handOn(item, swapped);
        boolean done = session.edit("swap", null, r -> RoadmapEdits.withPhase(r, phase, p -> p.withItem(index, swapped)));
        if (done) {
            session.say("editor.swapped", target.name());
        }
        return done;
    }
}
