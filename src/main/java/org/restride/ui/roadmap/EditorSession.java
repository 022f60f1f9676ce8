package org.restride.ui.roadmap;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.app.Problems;
import org.restride.app.editing.RoadmapEditing;
import org.restride.domain.Phase;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.text.Words;
import org.restride.ui.common.UndoHistory;

/**
 * One roadmap's editing session: the state on show, the phase and exercise selected, the undo history and the
 * saves. Every change goes through {@link #apply}: refused with a message if it breaks a rule, otherwise shown at
 * once, kept as an undo step under its name and saved in the background.
 */
final class EditorSession {
    private final RoadmapEditing editing;
    private final Words words;
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>();
    private final IntegerProperty selectedPhase = new SimpleIntegerProperty(0);
    private final ItemSelection selection = new ItemSelection();
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper();
    private final UndoHistory<Roadmap> history = new UndoHistory<>();
    /** Edits made in this session, and how many of them the last save that worked had written. */
    private long edits;
    private long written;
    private Supplier<List<String>> refusedShowing = List::of;
    private Runnable focusRefused = () -> { };

    EditorSession(RoadmapEditing editing, Words words) {
        this.editing = editing;
        this.words = words;
    }

    /** Ends the session on show (its failed save written again first): nothing selected, nothing to undo. */
    void end() {
        leave();
        roadmap.set(null);
        selection.reset();
        history.clear();
    }

    /** Starts a session on a roadmap just opened, in the phase she is in. */
    void start(Roadmap r) {
        edits = 0;
        written = 0;
        history.clear();
        selection.reset();
        selectedPhase.set(Math.min(r.currentPhase(), Math.max(0, r.phases().size() - 1)));
        show(r);
        message.set("");
    }

    Roadmap roadmap() {
        return roadmap.get();
    }

    Phase phaseAt(int index) {
        return roadmap.get().phases().get(index);
    }

    /** Puts the words of a key on the message line. */
    void say(String key, Object... args) {
        message.set(words.get(key, args));
    }

    private long refusals;

    /** Says why an edit was refused. */
    void refuse(ValidationException e) {
        refusals++;
        message.set(Problems.sentence(words, e));
    }

    /** How many edits were refused so far: a change tells that the last commit was refused. */
    long refusals() {
        return refusals;
    }

    /** Selects the exercise at a place in a phase (the PT clicked or moved to it); a place that is not there, nothing. */
    void select(int phase, int index) {
        Roadmap r = roadmap.get();
        if (r == null || phase < 0 || phase >= r.phases().size() || index < 0 || index >= r.phases().get(phase).items().size()) {
            return;
        }
        selectedPhase.set(phase);
        selection.select(r, phase, index);
    }

    ItemSelection selection() {
        return selection;
    }

    /** The undo step "editor.step.STEP"; a step with the same merge key right after joins it. */
    boolean edit(String step, Object mergeKey, UnaryOperator<Roadmap> change) {
        return apply(words.get("editor.step." + step), mergeKey, change);
    }

    /** Changes the roadmap on show; false if there is none, the rule refused it, or nothing changed. */
    boolean apply(String name, Object mergeKey, UnaryOperator<Roadmap> change) {
        Roadmap before = roadmap.get();
        if (before == null) {
            return false;
        }
        Roadmap after;
        try {
            after = change.apply(before);
        } catch (ValidationException e) {
            refuse(e);
            return false;
        }
        if (after.equals(before)) {
            return false;
        }
        history.recordBefore(before, name, mergeKey);
        edits++;
        show(after);
        save(before, after);
        return true;
    }

    void undo() {
        restore(history.undo(roadmap.get()));
    }

    void redo() {
        restore(history.redo(roadmap.get()));
    }

    /** Ends the current undo step: the next edit of the same field is a step of its own. */
    void seal() {
        history.seal();
    }

    private void restore(Roadmap state) {
        if (state != null) {
            Roadmap before = roadmap.get();
            edits++;
            show(state);
            save(before, state);
            selectedPhase.set(Math.min(selectedPhase.get(), Math.max(0, state.phases().size() - 1)));
        }
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
        long upTo = edits;
        editing.save(unsaved.get() ? null : before, after, () -> {
            written = Math.max(written, upTo);
            if (unsaved.get()) {
                unsaved.set(false);
                say("editor.savedAgain");
            }
        }, reason -> {
            Roadmap open = roadmap.get();
            unsaved.set(open != null && open.id().equals(after.id()));
            say("editor.saveFailed");
        });
    }

    /** The view tells which fields show refused text (typed, not saved) and how to put the keyboard in one. */
    void showingRefused(Supplier<List<String>> sentences, Runnable focus) {
        this.refusedShowing = sentences;
        this.focusRefused = focus;
    }

    /** What each field still showing refused text breaks, in words: closing counts these as not kept. */
    List<String> refusedShowing() {
        return refusedShowing.get();
    }

    void focusRefused() {
        focusRefused.run();
    }

    /** Writes the roadmap again if a save of it failed; the next roadmap opened starts with nothing unsaved. */
    void retryUnsaved() {
        Roadmap r = roadmap.get();
        if (unsaved.get() && r != null) {
            save(null, r);
        }
    }

    /** How many edits are not written since a save failed (0 when none failed). */
    int unsavedEdits() {
        return unsaved.get() ? (int) Math.max(1, edits - written) : 0;
    }

    /** The PT chose to close without them: the edits not written are let go, and not tried again. */
    void forgetUnsaved() {
        unsaved.set(false);
    }

    /** Before another roadmap opens: a failed save of this one is written again, and then forgotten. */
    void leave() {
        retryUnsaved();
        unsaved.set(false);
    }

    ObjectProperty<Roadmap> roadmapProperty() {
        return roadmap;
    }

    IntegerProperty selectedPhaseProperty() {
        return selectedPhase;
    }

    StringProperty messageProperty() {
        return message;
    }

    ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    ReadOnlyStringProperty undoNameProperty() {
        return history.undoNameProperty();
    }

    ReadOnlyStringProperty redoNameProperty() {
        return history.redoNameProperty();
    }
}
