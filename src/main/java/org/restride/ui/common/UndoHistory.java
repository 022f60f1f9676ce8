package org.restride.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo over immutable states: each edit records the state before it, with a name for the Edit menu
 * ("rest time"). Consecutive edits with the same merge key (one field, one item) are one step.
 */
public final class UndoHistory<T> {
    private static final int LIMIT = 500;

    private record Step<T>(T state, String name, Object mergeKey) {
    }

    private final Deque<Step<T>> undo = new ArrayDeque<>();
    private final Deque<Step<T>> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private boolean mayMerge;

    /** Records the state an edit is about to replace, as a step of its own. */
    public void recordBefore(T before) {
        recordBefore(before, "", null);
    }

    /**
     * Records the state an edit named {@code name} is about to replace. When the last step was recorded just
     * before with the same non-null {@code mergeKey}, this edit joins it: one undo takes both back.
     */
    public void recordBefore(T before, String name, Object mergeKey) {
        Step<T> last = undo.peek();
        boolean merge = mayMerge && mergeKey != null && last != null && Objects.equals(last.mergeKey(), mergeKey);
        if (!merge) {
            undo.push(new Step<>(before, name == null ? "" : name, mergeKey));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        mayMerge = true;
        redo.clear();
        update();
    }

    /** The state to go back to, given the current one; null when there is nothing to undo. */
    public T undo(T current) {
        if (undo.isEmpty()) {
            return null;
        }
        Step<T> step = undo.pop();
        redo.push(new Step<>(current, step.name(), step.mergeKey()));
        mayMerge = false;
        update();
        return step.state();
    }

    public T redo(T current) {
        if (redo.isEmpty()) {
            return null;
        }
        Step<T> step = redo.pop();
        undo.push(new Step<>(current, step.name(), step.mergeKey()));
        mayMerge = false;
        update();
        return step.state();
    }

    /** Ends the current step: the next edit starts a new one even if it has the same merge key. */
    public void seal() {
        mayMerge = false;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        mayMerge = false;
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoName.set(undo.isEmpty() ? "" : undo.peek().name());
        redoName.set(redo.isEmpty() ? "" : redo.peek().name());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The name of the step Undo would take back ("rest time"), or empty. */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }
}
