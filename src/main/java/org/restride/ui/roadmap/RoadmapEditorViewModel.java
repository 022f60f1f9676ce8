package org.restride.ui.roadmap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
import org.restride.store.ExerciseRepository;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.StoreException;
import org.restride.store.TemplateRepository;
import org.restride.ui.common.Slugs;
import org.restride.ui.common.UndoHistory;

/**
 * The roadmap being edited. Every edit is saved as it is made and can be undone; an edit that breaks a rule is
 * refused with a message and changes nothing.
 */
public final class RoadmapEditorViewModel {
    private final RoadmapRepository roadmaps;
    private final PatientRepository patients;
    private final ExerciseRepository exercises;
    private final TemplateRepository templates;
    private final PhaseChangeRecorder phaseChanges;
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>();
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final IntegerProperty selectedPhase = new SimpleIntegerProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private final UndoHistory<Roadmap> history = new UndoHistory<>();
    private final Map<String, Exercise> exerciseCache = new HashMap<>();

    /** A change of current phase alone (by hand, or undoing one) is saved through {@code phaseChanges}. */
    public RoadmapEditorViewModel(RoadmapRepository roadmaps, PatientRepository patients, ExerciseRepository exercises,
                                  TemplateRepository templates, PhaseChangeRecorder phaseChanges) {
        this.roadmaps = roadmaps;
        this.patients = patients;
        this.exercises = exercises;
        this.templates = templates;
        this.phaseChanges = phaseChanges;
    }

    /** Opens a saved roadmap; returns false if it no longer exists. */
    public boolean open(long roadmapId) {
        Optional<Roadmap> found = roadmaps.find(roadmapId);
        if (found.isEmpty()) {
            message.set("That roadmap is no longer in the database.");
            return false;
        }
        Roadmap r = found.get();
        exerciseCache.clear();
        cacheExercisesOf(r);
        history.clear();
        patient.set(patients.find(r.patientId()).orElse(null));
        selectedPhase.set(Math.min(r.currentPhase(), Math.max(0, r.phases().size() - 1)));
        roadmap.set(r);
        message.set("");
        return true;
    }

    public void close() {
        roadmap.set(null);
        patient.set(null);
        history.clear();
    }

    /** The exercise behind an item (archived ones too), from a cache filled as roadmaps open. */
    public Exercise exercise(String id) {
        return exerciseCache.computeIfAbsent(id, key -> exercises.find(key).orElse(null));
    }

    private void cacheExercisesOf(Roadmap r) {
        List<String> ids = r.phases().stream().flatMap(p -> p.items().stream()).map(PhaseItem::exerciseId).distinct().toList();
        exerciseCache.putAll(exercises.findAll(ids));
    }

    // --- edits -------------------------------------------------------------------------------------------

    public void renameRoadmap(String title) {
        edit(r -> RoadmapEdits.withTitle(r, title));
    }

    public void addPhase(PhaseKind kind) {
        Roadmap r = roadmap.get();
        int from = r.phases().isEmpty() ? 0 : Optional.ofNullable(r.phases().get(r.phases().size() - 1).weeks().to())
                .orElse(r.phases().get(r.phases().size() - 1).weeks().from());
        Phase phase = new Phase(kind, "New " + kind.label().toLowerCase() + " phase", null, new WeekRange(from, from + 4),
                List.of(), List.of());
        if (edit(x -> RoadmapEdits.addPhase(x, phase))) {
            selectedPhase.set(roadmap.get().phases().size() - 1);
        }
    }

    public void renamePhase(int phase, String name) {
        if (!name.equals(phaseAt(phase).name())) {
            edit(r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.rename(p, name)));
        }
    }

    public void setPurpose(int phase, String purpose) {
        String old = phaseAt(phase).purpose();
        if (!(purpose == null ? "" : purpose.strip()).equals(old == null ? "" : old)) {
            edit(r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.withPurpose(p, purpose)));
        }
    }

    public void setWeeks(int phase, int from, Integer to) {
        edit(r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.withWeeks(p, new WeekRange(from, to))));
    }

    public void movePhase(int phase, int delta) {
        if (edit(r -> RoadmapEdits.movePhase(r, phase, delta))) {
            int target = phase + delta;
            if (target >= 0 && target < roadmap.get().phases().size()) {
                selectedPhase.set(target);
            }
        }
    }

    public void removePhase(int phase) {
        if (edit(r -> RoadmapEdits.removePhase(r, phase))) {
            selectedPhase.set(Math.max(0, Math.min(phase, roadmap.get().phases().size() - 1)));
        }
    }

    public void setCurrentPhase(int phase) {
        edit(r -> RoadmapEdits.withCurrent(r, phase));
    }

    /** Adds the exercise at the end of the selected phase, with its default dosage. */
    public void addToSelectedPhase(String exerciseId) {
        if (roadmap.get() == null || roadmap.get().phases().isEmpty()) {
            message.set("Add a phase first, then add exercises to it.");
            return;
        }
        int phase = selectedPhase.get();
        insertExercise(phase, phaseAt(phase).items().size(), exerciseId);
    }

    public void insertExercise(int phase, int index, String exerciseId) {
        Exercise exercise = exercise(exerciseId);
        if (exercise == null) {
            message.set("That exercise is no longer in the library.");
            return;
        }
        PhaseItem item = new PhaseItem(exerciseId, exercise.defaultDosage(), null);
        if (edit(r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.insertItem(p, index, item)))) {
            message.set("Added " + exercise.name() + " to " + phaseAt(phase).name() + ".");
        }
    }

    public void moveItem(int fromPhase, int fromIndex, int toPhase, int toIndex) {
        edit(r -> RoadmapEdits.moveItem(r, fromPhase, fromIndex, toPhase, toIndex));
    }

    public void removeItem(int phase, int index) {
        edit(r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.removeItem(p, index)));
    }

    public void setDosage(int phase, int index, Dosage dosage) {
        if (!dosage.equals(phaseAt(phase).items().get(index).dosage())) {
            edit(r -> RoadmapEdits.withPhase(r, phase, p -> p.withItem(index, p.items().get(index).withDosage(dosage))));
        }
    }

    public void setItemNote(int phase, int index, String note) {
        PhaseItem item = phaseAt(phase).items().get(index);
        edit(r -> RoadmapEdits.withPhase(r, phase, p -> p.withItem(index, new PhaseItem(item.exerciseId(), item.dosage(), note))));
    }

    /** Swaps an item for its easier or harder version, keeping the dosage; says so if there is none. */
    public boolean swap(int phase, int index, boolean harder) {
        PhaseItem item = phaseAt(phase).items().get(index);
        Exercise current = exercise(item.exerciseId());
        String targetId = current == null ? null : harder ? current.harderId() : current.easierId();
        Exercise target = targetId == null ? null : exercise(targetId);
        if (target == null) {
            message.set("There is no " + (harder ? "harder" : "easier") + " version of this exercise in the library.");
            return false;
        }
        boolean done = edit(r -> RoadmapEdits.withPhase(r, phase, p -> p.withItem(index, item.withExercise(targetId))));
        if (done) {
            message.set("Swapped for " + target.name() + ".");
        }
        return done;
    }

    public void addCriterion(int phase, Criterion criterion) {
        edit(r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.addCriterion(p, criterion)));
    }

    public void removeCriterion(int phase, int index) {
        edit(r -> RoadmapEdits.withPhase(r, phase, p -> RoadmapEdits.removeCriterion(p, index)));
    }

    /** Saves the roadmap's phases as one of the clinic's templates. */
    public Optional<Template> saveAsTemplate(String title) {
        Roadmap r = roadmap.get();
        try {
            String key = Slugs.unique(title, k -> templates.find(k).isPresent());
            Template template = new Template(key, title, r.goal(), false, r.phases());
            templates.save(template);
            message.set("Saved as the template \"" + title + "\".");
            return Optional.of(template);
        } catch (ValidationException | StoreException e) {
            message.set(e.getMessage());
            return Optional.empty();
        }
    }

    public void undo() {
        restore(history.undo(roadmap.get()));
    }

    public void redo() {
        restore(history.redo(roadmap.get()));
    }

    private void restore(Roadmap state) {
        if (state != null) {
            save(state);
            selectedPhase.set(Math.min(selectedPhase.get(), Math.max(0, state.phases().size() - 1)));
        }
    }

    private boolean edit(UnaryOperator<Roadmap> change) {
        Roadmap before = roadmap.get();
        if (before == null) {
            return false;
        }
        Roadmap after;
        try {
            after = change.apply(before);
        } catch (ValidationException e) {
            message.set(capitalise(e.getMessage()) + ".");
            return false;
        }
        if (after.equals(before)) {
            return false;
        }
        if (!save(after)) {
            return false;
        }
        history.recordBefore(before);
        return true;
    }

    private boolean save(Roadmap state) {
        try {
            Roadmap before = roadmap.get();
            roadmap.set(onlyCurrentPhaseChanges(before, state) ? phaseChanges.save(before, state) : roadmaps.save(state));
            return true;
        } catch (StoreException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    private static boolean onlyCurrentPhaseChanges(Roadmap before, Roadmap after) {
        return before != null && before.id() != null && before.id().equals(after.id())
                && before.currentPhase() != after.currentPhase() && before.phases().equals(after.phases());
    }

    private Phase phaseAt(int index) {
        return roadmap.get().phases().get(index);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
