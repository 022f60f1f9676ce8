package org.restride.ui.roadmap;

import org.restride.text.Words;
import org.restride.app.DoseLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;

class RoadmapEditorViewModelTest extends OpenRoadmapTest {
    private List<String> items(int phase) {
        return saved().phases().get(phase).items().stream().map(PhaseItem::exerciseId).toList();
    }

    @Test
    void everyEditIsSavedAtOnceAndUndoneAndRedoneInOrder() {
        Roadmap original = saved();
        model.addToSelectedPhase("side-lying-clam");
        model.phases().renamePhase(1, "Strong everywhere");
        model.setDosage(0, 0, Dosage.simple(2, Amount.of(DoseUnit.BREATHS, 6)));
        assertEquals("side-lying-clam", items(0).get(items(0).size() - 1));
        assertEquals("Strong everywhere", saved().phases().get(1).name());
        assertEquals("2 sets × 6 breaths", new DoseLine(Words.english()).line(saved().phases().get(0).items().get(0).dosage()));

        model.undo();
        model.undo();
        model.undo();
        assertEquals(original, saved());
        assertFalse(model.canUndoProperty().get());
        model.redo();
        model.redo();
        assertEquals("Strong everywhere", saved().phases().get(1).name());
        assertTrue(model.canRedoProperty().get());
        model.phases().addPhase(PhaseKind.CUSTOM);
        assertFalse(model.canRedoProperty().get(), "a new edit clears what could be redone");
    }

    @Test
    void itemsMoveWithinAndBetweenPhases() {
        List<String> first = items(0);
        model.moveItem(0, 0, 0, 2);
        assertEquals(List.of(first.get(1), first.get(0)), items(0).subList(0, 2));
        model.moveItem(0, 0, 1, 0);
        assertEquals(first.get(1), items(1).get(0));
        assertEquals(first.size() - 1, items(0).size());
    }

    @Test
    void phasesReorderAndTheCurrentPhaseFollows() {
        model.phases().setCurrentPhase(1);
        String strength = saved().phases().get(1).name();
        model.phases().movePhase(1, -1);
        assertEquals(strength, saved().phases().get(0).name());
        assertEquals(0, saved().currentPhase(), "the current phase is still the same phase");
        int phases = saved().phases().size();
        model.phases().removePhase(0);
        assertEquals(phases - 1, saved().phases().size());
        model.undo();
        assertEquals(strength, saved().phases().get(0).name());
    }

    @Test
    void swapsForTheEasierOrHarderVersionKeepingTheDosage() {
        int index = items(1).indexOf("squat-bodyweight");
        Dosage dosage = saved().phases().get(1).items().get(index).dosage();
        assertTrue(model.swap(1, index, true));
        assertEquals("squat-band-above-knees", items(1).get(index));
        assertEquals(dosage, saved().phases().get(1).items().get(index).dosage());
        assertTrue(model.swap(1, index, false));
        assertTrue(model.swap(1, index, false));
        assertEquals("squat-bodyweight-box", items(1).get(index));
        assertFalse(model.swap(1, index, false), "the bottom of the ladder has nothing easier");
        assertTrue(model.messageProperty().get().contains("no easier version"));
    }

    @Test
    void anEditThatBreaksARuleIsRefusedWithAMessageAndChangesNothing() {
        Roadmap before = saved();
        model.phases().setWeeks(0, 10, 4);
        assertEquals(before, saved());
        assertEquals("The start week (10) cannot be after the end week (4): choose a start up to week 4, or move the end first.",
                model.messageProperty().get(), "the start, just changed, is the one named");
        model.phases().renamePhase(0, "   ");
        assertEquals(before, saved());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void weeksThatOverlapTheNextPhaseAreSavedAndTold() {
        model.phases().setWeeks(0, 0, 6);
        model.phases().setWeeks(1, 6, 10);
        assertEquals("", model.messageProperty().get(), "sharing the end week is not an overlap");
        model.phases().setWeeks(1, 3, 10);
        assertEquals(3, saved().phases().get(1).weeks().from(), "an overlap is saved: phases may overlap on purpose");
        assertEquals("Saved. Phase 2 starts at week 3, before phase 1 ends at week 6: change the weeks if that was"
                + " not meant.", model.messageProperty().get());
    }

    @Test
    void savesTheRoadmapAsAClinicTemplateWithAUniqueKey() {
        assertTrue(model.saveAsTemplate("Our runners").isPresent());
        assertTrue(model.saveAsTemplate("Our runners").isPresent(), "a second one at once, before the first is written");
        writer.awaitIdle();
        assertTrue(workspace.templates().find("our-runners").isPresent());
        assertEquals(saved().phases(), workspace.templates().find("our-runners-2").orElseThrow().phases());
    }
}
