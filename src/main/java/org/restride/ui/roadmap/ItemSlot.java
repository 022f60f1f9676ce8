package org.restride.ui.roadmap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.restride.domain.PhaseItem;

/**
 * One place in a phase's list of exercises. The list keeps its places; a move or an edit changes only what the
 * places hold, so the list never sees a change of its own and does not make its rows again (which cost a frame).
 */
final class ItemSlot {
    private final ObjectProperty<PhaseItem> item;

    ItemSlot(PhaseItem item) {
        this.item = new SimpleObjectProperty<>(item);
    }

    PhaseItem get() {
        return item.get();
    }

    /** Holds {@code now}; the row showing this place redraws only if it is another item. */
    void set(PhaseItem now) {
        item.set(now);
    }

    ObjectProperty<PhaseItem> itemProperty() {
        return item;
    }
}
