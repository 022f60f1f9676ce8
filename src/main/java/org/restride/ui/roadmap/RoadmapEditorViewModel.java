package org.restride.ui.roadmap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.app.Problems;
import org.restride.app.editing.RoadmapEditing;
import org.restride.app.editing.RoadmapEdits;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.domain.WeekRange;
import org.restride.text.Sentence;
import org.restride.text.Words;
import org.restride.ui.common.Slugs;
import org.restride.ui.common.UndoHistory;

/**
 * The roadmap being edited, as one editing session. Every edit shows at once, is saved in the background and can
 * be undone; an edit that breaks a rule is refused with a message and changes nothing. The selected exercise is
 * held by its identity, so it stays selected as it moves, changes phase, or comes back with undo and redo.
 */
public final class RoadmapEditorViewModel {
    private final RoadmapEditing editing;
    private final Words words;
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>();
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final IntegerProperty selectedPhase = new SimpleIntegerProperty(0);
    private final ItemSelection selection = new ItemSelection();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper();
    private final UndoHistory<Roadmap> history = new UndoHistory<>();
    private final Map<String, Exercise> exerciseCache = new HashMap<>();
    /** Template keys given here, whose save may still be waiting: never given twice. */
    private final Set<String> templateKeys = new HashSet<>();

    public RoadmapEditorViewModel(RoadmapEditing editing, Words words) {
        this.editing = editing;
        this.words = words;
    }

    /** Opens a saved roadmap; returns false if it no longer exists. */
    public boolean open(long roadmapId) {
        Optional<RoadmapEditing.Opened> found = editing.open(roadmapId);
        if (found.isEmpty()) {
            message.set(words.get("editor.gone"));
            return false;
        }
        retryUnsaved();
        unsaved.set(false);
        Roadmap r = found.get().roadmap();
        exerciseCache.clear();
        exerciseCache.putAll(found.get().exercises());
        history.clear();
        selection.reset();
        patient.set(found.get().patient());
        selectedPhase.set(Math.min(r.currentPhase(), Math.max(0, r.phases().size() - 1)));
        show(r);
        message.set("");
        return true;
    }

    public void close() {
        retryUnsaved();
        unsaved.set(false);
        roadmap.set(null);
        patient.set(null);
        selection.reset();
        history.clear();
    }

    /** The exercise behind an item (archived ones too), from a cache filled as roadmaps open. */
    public Exercise exercise(String id) {
        return exerciseCache.computeIfAbsent(id, key -> editing.exercise(key).orElse(null));
    }

    /** Words for the editor's own labels, by key. */
    public String text(String key, Object... args) {
        return words.get(key, args);
    }

    // --- selection ---------------------------------------------------------------------------------------

    /** Selects the exercise at a place in a phase (the PT clicked or moved to it). */
    public void select(int phase, int index) {
        Roadmap r = roadmap.get();
        if (r == null || phase < 0 || phase >= r.phases().size() || index < 0 || index >= r.phases().get(phase).items().size()) {
            return;
        }
        selectedPhase.set(phase);
        selection.select(r, phase, index);
    }

    public void clearSelection() {
        selection.clear();
    }

    // --- edits -------------------------------------------------------------------------------------------

    public void renameRoadmap(String title) {
        if (roadmap.get() != null && !title.equals(roadmap.get().title())) {
            edit("title", "title", r -> RoadmapEdits.withTitle(r, title));
        }
    }

    public void addPhase(PhaseKind kind) {
        Roadmap r = roadmap.get();
        int from = r.phases().isEmpty() ? 0 : Optional.ofNullable(r.phases().get(r.phases().size() - 1).weeks().to())
                .orElse(r.phases().get(r.phases().size() - 1).weeks().from());
        Phase phase = new Phase(kind, words.get("editor.newPhase", words.label(kind).toLowerCase()), null,
                new WeekRange(from, from + 4), List.of(), List.of());
        if (edit("addPhase", null, x -> RoadmapEdits.addPhase(x, phase))) {
            selectedPhase.set(roadmap.get().phases().size() - 1);
        }
    }

    public void renamePhase(int phase, String name) {
        if (!name.equals(phaseAt(phase).name())) {
            edit("phaseName", List.of("name", phase), r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.rename(p, name)));
        }
    }

    public void setPurpose(int phase, String purpose) {
        String old = phaseAt(phase).purpose();
        if (!(purpose == null ? "" : purpose.strip()).equals(old == null ? "" : old)) {
            edit("purpose", List.of("purpose", phase), r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.withPurpose(p, purpose)));
        }
    }

    /** A start after the end is refused naming the start box, the one the PT just changed. */
    public void setWeeks(int phase, int from, Integer to) {
        if (to != null && from > to && from != phaseAt(phase).weeks().from()) {
            message.set(words.get("editor.startAfterEnd", from, to));
            return;
        }
        edit("weeks", List.of("weeks", phase),
                r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.withWeeks(p, new WeekRange(from, to))));
    }

    public void movePhase(int phase, int delta) {
        if (edit("movePhase", null, r -> RoadmapEdits.movePhase(r, phase, delta))) {
            int target = phase + delta;
            if (target >= 0 && target < roadmap.get().phases().size()) {
                selectedPhase.set(target);
            }
        }
    }

    public void removePhase(int phase) {
        if (edit("removePhase", null, r -> RoadmapEdits.removePhase(r, phase))) {
            selectedPhase.set(Math.max(0, Math.min(phase, roadmap.get().phases().size() - 1)));
        }
    }

    public void setCurrentPhase(int phase) {
        edit("currentPhase", null, r -> RoadmapEdits.withCurrent(r, phase));
    }

    /** Adds the exercise at the end of the selected phase, with its default dosage. */
    public void addToSelectedPhase(String exerciseId) {
        if (roadmap.get() == null || roadmap.get().phases().isEmpty()) {
            message.set(words.get("editor.addPhaseFirst"));
            return;
        }
        int phase = Math.min(selectedPhase.get(), roadmap.get().phases().size() - 1);
        insertExercise(phase, phaseAt(phase).items().size(), exerciseId);
    }

    public void insertExercise(int phase, int index, String exerciseId) {
        Exercise exercise = exercise(exerciseId);
        if (exercise == null) {
            message.set(words.get("editor.exerciseGone"));
            return;
        }
        PhaseItem item = new PhaseItem(exerciseId, exercise.defaultDosage(), null);
        if (edit("addExercise", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.insertItem(p, index, item)))) {
            select(phase, Math.min(index, phaseAt(phase).items().size() - 1));
            message.set(words.get("editor.added", exercise.name(), phaseAt(phase).name()));
        }
    }

    /** Moves an item within or between phases; {@code toIndex} counts in the target phase before removal. */
    public void moveItem(int fromPhase, int fromIndex, int toPhase, int toIndex) {
        edit("moveExercise", null, r -> RoadmapEdits.moveItem(r, fromPhase, fromIndex, toPhase, toIndex));
    }

    /** Alt+↑: one place up; the first of a phase goes to the end of the phase before. */
    public void moveItemUp(int phase, int index) {
        if (index > 0) {
            moveItem(phase, index, phase, index - 1);
        } else if (phase > 0) {
            moveItem(phase, index, phase - 1, phaseAt(phase - 1).items().size());
        }
    }

    /** Alt+↓: one place down; the last of a phase goes to the top of the phase after. */
    public void moveItemDown(int phase, int index) {
        if (index < phaseAt(phase).items().size() - 1) {
            moveItem(phase, index, phase, index + 2);
        } else if (phase < roadmap.get().phases().size() - 1) {
            moveItem(phase, index, phase + 1, 0);
        }
    }

    public void removeItem(int phase, int index) {
        edit("removeExercise", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.removeItem(p, index)));
    }

    public void setDosage(int phase, int index, Dosage dosage) {
        replaceItem(phase, index, "editor.step.dosage", null, item -> item.withDosage(dosage));
    }

    /** Changes the selected exercise's dosage; {@code field} names what changed ("rest"), for undo. */
    public void setSelectedDosage(String field, Dosage dosage) {
        ItemSelection.Selected s = selection.get();
        if (s != null) {
            replaceItem(s.phase(), s.index(), "editor.field." + field, field, item -> item.withDosage(dosage));
        }
    }

    /** The selected exercise's note to the patient ("A note from your physiotherapist"); blank removes it. */
    public void setSelectedNote(String note) {
        ItemSelection.Selected s = selection.get();
        if (s != null) {
            String wanted = note == null || note.isBlank() ? null : note.strip();
            replaceItem(s.phase(), s.index(), "editor.step.note", "note",
                    item -> new PhaseItem(item.exerciseId(), item.dosage(), wanted));
        }
    }

    private void replaceItem(int phase, int index, String nameKey, String field, UnaryOperator<PhaseItem> change) {
        PhaseItem old = phaseAt(phase).items().get(index);
        PhaseItem now;
        try {
            now = change.apply(old);
        } catch (ValidationException e) {
            message.set(Problems.sentence(words, e));
            return;
        }
        if (now.equals(old)) {
            return;
        }
        long key = selection.handOn(old, now);
        Object merge = field == null ? null : List.of(field, key);
        applyEdit(words.get(nameKey), merge, r -> RoadmapEdits.withPhase(r, phase, p -> p.withItem(index, now)));
    }

    /** Swaps an item for its easier or harder version, keeping the dosage; says so if there is none. */
    public boolean swap(int phase, int index, boolean harder) {
        PhaseItem item = phaseAt(phase).items().get(index);
        Exercise current = exercise(item.exerciseId());
        String targetId = current == null ? null : harder ? current.harderId() : current.easierId();
        Exercise target = targetId == null ? null : exercise(targetId);
        if (target == null) {
            message.set(words.get(harder ? "editor.noHarder" : "editor.noEasier"));
            return false;
        }
        PhaseItem swapped = item.withExercise(targetId);
        selection.handOn(item, swapped);
        boolean done = edit("swap", null, r -> RoadmapEdits.withPhase(r, phase, p -> p.withItem(index, swapped)));
        if (done) {
            message.set(words.get("editor.swapped", target.name()));
        }
        return done;
    }

    public void addCriterion(int phase, Criterion criterion) {
        edit("addCriterion", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.addCriterion(p, criterion)));
    }

    public void removeCriterion(int phase, int index) {
        edit("removeCriterion", null, r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.removeCriterion(p, index)));
    }

    /** Saves the roadmap's phases as one of the clinic's templates, in the background; a failed save is told. */
    public Optional<Template> saveAsTemplate(String title) {
        Roadmap r = roadmap.get();
        try {
            String key = Slugs.unique(title, k -> templateKeys.contains(k) || editing.templateExists(k));
            Template template = new Template(key, title, r.goal(), false, r.phases());
            templateKeys.add(key);
            message.set(words.get("editor.savedTemplate", title));
            editing.saveTemplate(template, reason -> message.set(words.get("ui-saves.failed", Sentence.of(reason))));
            return Optional.of(template);
        } catch (ValidationException e) {
            message.set(Problems.sentence(words, e));
            return Optional.empty();
        }
    }

    public void undo() {
        restore(history.undo(roadmap.get()));
    }

    public void redo() {
        restore(history.redo(roadmap.get()));
    }

    /** Ends the current undo step: the next edit of the same field is a step of its own. */
    public void sealStep() {
        history.seal();
    }

    private void restore(Roadmap state) {
        if (state != null) {
            Roadmap before = roadmap.get();
            show(state);
            save(before, state);
            selectedPhase.set(Math.min(selectedPhase.get(), Math.max(0, state.phases().size() - 1)));
        }
    }

    private boolean edit(String step, Object mergeKey, UnaryOperator<Roadmap> change) {
        return applyEdit(words.get("editor.step." + step), mergeKey, change);
    }

    private boolean applyEdit(String name, Object mergeKey, UnaryOperator<Roadmap> change) {
        Roadmap before = roadmap.get();
        if (before == null) {
            return false;
        }
        Roadmap after;
        try {
            after = change.apply(before);
        } catch (ValidationException e) {
            message.set(Problems.sentence(words, e));
            return false;
        }
        if (after.equals(before)) {
            return false;
        }
        history.recordBefore(before, name, mergeKey);
        show(after);
        save(before, after);
        return true;
    }

    /** Shows a state at once; the save follows in the background. */
    private void show(Roadmap state) {
        roadmap.set(state);
        selection.locate(state);
    }

    /**
     * Saves a new state. After a failed save the next one writes the roadmap whole, so it takes the failed edit
     * with it; until one is written, {@link #unsavedProperty()} is true.
     */
    private void save(Roadmap before, Roadmap after) {
        editing.save(unsaved.get() ? null : before, after, () -> {
            if (unsaved.get()) {
                unsaved.set(false);
                message.set(words.get("editor.savedAgain"));
            }
        }, reason -> {
            Roadmap open = roadmap.get();
            unsaved.set(open != null && open.id().equals(after.id()));
            message.set(words.get("editor.saveFailed"));
        });
    }

    /** Writes the roadmap again if a save of it failed (a moment later, and before the window closes). */
    public void retryUnsaved() {
        Roadmap r = roadmap.get();
        if (unsaved.get() && r != null) {
            save(null, r);
        }
    }

    /** True from a failed save until the roadmap is written again. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    private Phase phaseAt(int index) {
        return roadmap.get().phases().get(index);
    }

    // --- properties --------------------------------------------------------------------------------------

    public ObjectProperty<Roadmap> roadmapProperty() {
        return roadmap;
    }

    public ObjectProperty<Patient> patientProperty() {
        return patient;
    }

    public IntegerProperty selectedPhaseProperty() {
        return selectedPhase;
    }

    public ReadOnlyObjectProperty<ItemSelection.Selected> selectionProperty() {
        return selection.property();
    }

    /** The words the editor's labels are read from. */
    public Words words() {
        return words;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** The name of the step Undo takes back ("rest time"), or empty. */
    public ReadOnlyStringProperty undoNameProperty() {
        return history.undoNameProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return history.redoNameProperty();
    }
}
