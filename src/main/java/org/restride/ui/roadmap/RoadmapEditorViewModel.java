package org.restride.ui.roadmap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import org.restride.app.DoseLine;
import org.restride.app.Problems;
import org.restride.app.editing.RoadmapEditing;
import org.restride.app.editing.RoadmapEdits;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.text.Words;
import org.restride.ui.common.Slugs;
import org.restride.ui.common.StoredText;

/**
 * The roadmap being edited, as one editing session. Every edit shows at once, is saved in the background and can
 * be undone; an edit that breaks a rule is refused with a message and changes nothing. The selected exercise is
 * held by its identity, so it stays selected as it moves, changes phase, or comes back with undo and redo. The
 * session itself (state, undo, saves) is {@link EditorSession}; the commands on exercises are {@link ItemCommands},
 * those on phases {@link PhaseCommands}.
 */
public final class RoadmapEditorViewModel {
    private final RoadmapEditing editing;
    private final Words words;
    private final EditorSession session;
    private final ItemCommands items;
    private final PhaseCommands phases;
    private final StoredText stored;
    private final DoseLine doseLine;
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final Map<String, Exercise> exerciseCache = new HashMap<>();
    /** Template keys given here, whose save may still be waiting: never given twice. */
    private final Set<String> templateKeys = new HashSet<>();

    /** The editor in {@code words}, showing stored text filled with the window's own words. */
    public RoadmapEditorViewModel(RoadmapEditing editing, Words words) {
        this(editing, words, () -> words);
    }

    /**
     * The editor in {@code words}; the PT's stored text (names, purposes, notes) shows filled with the clinic's words,
     * which {@code clinicWords} reads each time a roadmap opens.
     */
    public RoadmapEditorViewModel(RoadmapEditing editing, Words words, Supplier<Words> clinicWords) {
        this.editing = editing;
        this.words = words;
        this.stored = new StoredText(clinicWords);
        this.doseLine = new DoseLine(words);
        this.session = new EditorSession(editing, words);
        this.items = new ItemCommands(session, words, this::exercise);
        this.phases = new PhaseCommands(session, words, stored);
    }

    /** The commands on the phases: add, name, purpose, weeks, move, remove, current, readiness tests. */
    PhaseCommands phases() {
        return phases;
    }

    /** Opens a saved roadmap; returns false if it no longer exists. */
    public boolean open(long roadmapId) {
        Optional<RoadmapEditing.Opened> found = editing.open(roadmapId);
        if (found.isEmpty()) {
            session.say("editor.gone");
            return false;
        }
        session.leave();
        stored.refresh();
        exerciseCache.clear();
        exerciseCache.putAll(found.get().exercises());
        patient.set(found.get().patient());
        session.start(found.get().roadmap());
        return true;
    }

    public void close() {
        session.end();
        patient.set(null);
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
        session.select(phase, index);
    }

    public void clearSelection() {
        session.selection().clear();
    }

    // --- the roadmap and its phases ----------------------------------------------------------------------

    public void renameRoadmap(String typed) {
        String title = session.roadmap() == null ? typed : stored.kept(session.roadmap().title(), typed);
        if (session.roadmap() != null && !title.equals(session.roadmap().title())) {
            session.edit("title", "title", r -> RoadmapEdits.withTitle(r, title));
        }
    }

    /** Saves the roadmap's phases as one of the clinic's templates, in the background; a failed save is told. */
    public Optional<Template> saveAsTemplate(String title) {
        Roadmap r = session.roadmap();
        try {
            String key = Slugs.unique(title, k -> templateKeys.contains(k) || editing.templateExists(k));
            Template template = new Template(key, title, r.goal(), false, r.phases());
            templateKeys.add(key);
            session.say("editor.savedTemplate", title);
            editing.saveTemplate(template, reason -> session.say("ui-saves.failed", Problems.sentence(words, reason)));
            return Optional.of(template);
        } catch (ValidationException e) {
            session.refuse(e);
            return Optional.empty();
        }
    }

    // --- the exercises of the phases ---------------------------------------------------------------------

    /** Adds the exercise at the end of the selected phase, with its default dosage. */
    public void addToSelectedPhase(String exerciseId) {
        items.addToSelectedPhase(exerciseId);
    }

    public void insertExercise(int phase, int index, String exerciseId) {
        items.insert(phase, index, exerciseId);
    }

    /** Moves an item within or between phases; {@code toIndex} counts in the target phase before removal. */
    public void moveItem(int fromPhase, int fromIndex, int toPhase, int toIndex) {
        items.move(fromPhase, fromIndex, toPhase, toIndex);
    }

    /** Alt+↑: one place up; the first of a phase goes to the end of the phase before. */
    public void moveItemUp(int phase, int index) {
        items.moveUp(phase, index);
    }

    /** Alt+↓: one place down; the last of a phase goes to the top of the phase after. */
    public void moveItemDown(int phase, int index) {
        items.moveDown(phase, index);
    }

    public void removeItem(int phase, int index) {
        items.remove(phase, index);
    }

    public void setDosage(int phase, int index, Dosage dosage) {
        items.setDosage(phase, index, dosage);
    }

    /** Changes the selected exercise's dosage; {@code field} names what changed ("rest"), for undo. */
    public void setSelectedDosage(String field, Dosage dosage) {
        items.setSelectedDosage(field, dosage);
    }

    /** The selected exercise's note to the patient ("A note from your physiotherapist"); blank removes it. */
    public boolean setSelectedNote(String typed) {
        ItemSelection.Selected s = selectionProperty().get();
        return items.setSelectedNote(s == null ? typed : stored.kept(s.item().note(), typed));
    }

    /** Swaps an item for its easier or harder version, keeping the dosage; says so if there is none. */
    public boolean swap(int phase, int index, boolean harder) {
        return items.swap(phase, index, harder);
    }

    // --- undo and saving ---------------------------------------------------------------------------------

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }

    /** Ends the current undo step: the next edit of the same field is a step of its own. */
    public void sealStep() {
        session.seal();
    }

    /** Writes the roadmap again if a save of it failed (a moment later, and before the window closes). */
    public void retryUnsaved() {
        session.retryUnsaved();
    }

    /** How many edits are not written since a save failed (0 when none failed). */
    public int unsavedEdits() {
        return session.unsavedEdits();
    }

    /** What each field still showing refused text (typed, not saved) breaks, in words; empty when none. */
    public List<String> refusedShowing() {
        return session.refusedShowing();
    }

    /** Puts the keyboard in the first field still showing refused text. */
    public void focusRefused() {
        session.focusRefused();
    }

    /** The view tells which fields show refused text and how to put the keyboard in one. */
    void showingRefused(Supplier<List<String>> sentences, Runnable focus) {
        session.showingRefused(sentences, focus);
    }

    /** Lets go of the edits not written (she chose to close without them): nothing is tried again. */
    public void forgetUnsaved() {
        session.forgetUnsaved();
    }

    /** True from a failed save until the roadmap is written again. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return session.unsavedProperty();
    }

    // --- properties --------------------------------------------------------------------------------------

    public ObjectProperty<Roadmap> roadmapProperty() {
        return session.roadmapProperty();
    }

    public ObjectProperty<Patient> patientProperty() {
        return patient;
    }

    public IntegerProperty selectedPhaseProperty() {
        return session.selectedPhaseProperty();
    }

    public ReadOnlyObjectProperty<ItemSelection.Selected> selectionProperty() {
        return session.selection().property();
    }

    /** What a field shows for the PT's stored text: its placeholders filled with the clinic's words. */
    public String shown(String storedText) {
        return stored.shown(storedText);
    }

    /** The PT's stored text as it shows and as it is kept when she leaves it unchanged. */
    public StoredText storedText() {
        return stored;
    }

    /** The dose as the editor's rows show it, in the window's words. */
    public DoseLine doseLine() {
        return doseLine;
    }

    /** The words the editor's labels are read from. */
    public Words words() {
        return words;
    }

    /** Puts the words of a key on the message line. */
    public void say(String key, Object... args) {
        session.say(key, args);
    }

    /** How many edits were refused so far. */
    long refusals() {
        return session.refusals();
    }

    /** Says on the message line why what she typed was refused. */
    public void refuse(ValidationException e) {
        session.refuse(e);
    }

    public StringProperty messageProperty() {
        return session.messageProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return session.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return session.canRedoProperty();
    }

    /** The name of the step Undo takes back ("rest time"), or empty. */
    public ReadOnlyStringProperty undoNameProperty() {
        return session.undoNameProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return session.redoNameProperty();
    }
}
