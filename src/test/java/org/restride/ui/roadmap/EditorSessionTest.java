package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.restride.domain.Dosage;
import org.restride.domain.PhaseItem;

/** The editing session: the selection follows the item itself, and each field's edits are one named undo step. */
class EditorSessionTest extends OpenRoadmapTest {
    private ItemSelection.Selected selected() {
        return model.selectionProperty().get();
    }

    private static Dosage rest(Dosage d, int seconds) {
        return new Dosage(d.sets(), d.amount(), d.eachSide(), seconds, d.timesPerDay(), d.daysPerWeek(), d.intensity(),
                d.tempo(), d.note());
    }

    @Test
    void theSelectionFollowsTheItemThroughMovesPhaseMovesUndoAndRedo() {
        PhaseItem watched = model.roadmapProperty().get().phases().get(1).items().get(0);
        model.select(1, 0);
        model.moveItem(1, 0, 1, 2);
        model.moveItem(1, 1, 1, 3);
        assertEquals(2, selected().index(), "two moves down, two places down");
        model.moveItem(1, 2, 0, 0);
        assertEquals(0, selected().phase(), "into another phase");
        model.phases().movePhase(0, 1);
        assertEquals(1, selected().phase(), "with its phase");
        assertEquals(watched.exerciseId(), selected().item().exerciseId());
        model.undo();
        model.undo();
        assertEquals(1, selected().phase());
        assertEquals(2, selected().index());
        model.redo();
        assertEquals(0, selected().phase());
        model.removeItem(0, 0);
        assertNull(selected(), "a removed item is no longer selected");
        model.undo();
        assertEquals(watched.exerciseId(), selected().item().exerciseId(), "undo brings it back, selected");
    }

    @Test
    void editsOfOneFieldAreOneUndoStepNamedAfterTheField() {
        model.select(0, 0);
        Dosage before = selected().item().dosage();
        model.setSelectedDosage("rest", rest(before, 1));
        model.setSelectedDosage("rest", rest(before, 12));
        model.setSelectedDosage("rest", rest(before, 120));
        assertEquals("rest time", model.undoNameProperty().get());
        model.setSelectedNote("Slowly on the stairs");
        assertEquals("note", model.undoNameProperty().get());
        model.undo();
        assertEquals(120, selected().item().dosage().restSeconds());
        model.undo();
        assertEquals(before, selected().item().dosage(), "one undo takes the whole rest time back");
        assertEquals(before, saved().phases().get(0).items().get(0).dosage());
        assertEquals("rest time", model.redoNameProperty().get());
    }
}
