package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restride.app.editing.PhaseChangeRecorder;
import org.restride.domain.progress.PhaseChange;

/** Changing the current phase by hand in the editor (and undoing it) is kept in the patient's phase history. */
class PhaseChangeRecordingTest extends OpenRoadmapTest {
    private List<String> changes() {
        writer.awaitIdle();
        return workspace.phaseHistory().forRoadmap(roadmapId).stream().map(c -> (c.fromPhase() + 1) + "→" + (c.toPhase() + 1)).toList();
    }

    @Test
    void aCurrentPhaseSetByHandIsRecordedAndSoIsItsUndoAndRedo() {
        model.phases().setCurrentPhase(2);
        writer.awaitIdle();
        PhaseChange change = workspace.phaseHistory().forRoadmap(roadmapId).get(0);
        assertEquals(new PhaseChange(change.id(), roadmapId, TODAY, 0, 2, "Get ready for impact", null,
                PhaseChangeRecorder.NOTE), change);
        assertEquals(2, saved().currentPhase());

        model.undo();
        assertEquals(0, saved().currentPhase());
        model.redo();
        assertEquals(List.of("1→3", "3→1", "1→3"), changes());
    }

    @Test
    void otherEditsRecordNoPhaseChangeEvenWhenTheCurrentPhaseMovesWithThem() {
        model.phases().setCurrentPhase(1);
        model.phases().renamePhase(1, "Strong everywhere");
        model.phases().movePhase(1, -1);
        assertEquals(0, saved().currentPhase(), "the current phase moved up");
        model.phases().removePhase(3);
        model.undo();
        assertEquals(List.of("1→2"), changes());
    }
}
