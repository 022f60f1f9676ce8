package org.restride.ui.roadmap;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;

/**
 * The exercise selected in the editor, held by its identity rather than its place: each item gets a key, an edit
 * that replaces an item hands its key on, and after every change the selection is looked up again, so it follows
 * the item through moves, phase moves, undo and redo.
 */
final class ItemSelection {
    /** The exercise selected in the editor, where it is now; {@code key} stays the same while the same one is. */
    record Selected(int phase, int index, PhaseItem item, long key) {
    }

    private final ReadOnlyObjectWrapper<Selected> selection = new ReadOnlyObjectWrapper<>();
    private final Map<PhaseItem, Long> keys = new IdentityHashMap<>();
    private long nextKey = 1;
    private long selectedKey = -1;

    /** Forgets every key (another roadmap opened, or the editor closed). */
    void reset() {
        keys.clear();
        selectedKey = -1;
        selection.set(null);
    }

    void select(Roadmap r, int phase, int index) {
        selectedKey = keyOf(r.phases().get(phase).items().get(index));
        locate(r);
    }

    void clear() {
        selectedKey = -1;
        selection.set(null);
    }

    /** {@code now} replaces {@code old} (its dosage, its note, its exercise): the same item, the same key. */
    long handOn(PhaseItem old, PhaseItem now) {
        long key = keyOf(old);
        keys.put(now, key);
        return key;
    }

    private long keyOf(PhaseItem item) {
        return keys.computeIfAbsent(item, i -> nextKey++);
    }

    /** Finds the selected item in {@code r}; none while it is gone (an undo that brings it back selects it again). */
    void locate(Roadmap r) {
        if (r != null && selectedKey >= 0) {
            for (int p = 0; p < r.phases().size(); p++) {
                List<PhaseItem> items = r.phases().get(p).items();
                for (int i = 0; i < items.size(); i++) {
                    Long key = keys.get(items.get(i));
                    if (key != null && key == selectedKey) {
                        Selected now = new Selected(p, i, items.get(i), key);
                        if (!now.equals(selection.get()) || selection.get().item() != now.item()) {
                            selection.set(now);
                        }
                        return;
                    }
                }
            }
        }
        selection.set(null);
    }

    Selected get() {
        return selection.get();
    }

    ReadOnlyObjectProperty<Selected> property() {
        return selection.getReadOnlyProperty();
    }
}
