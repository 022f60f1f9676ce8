package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.app.editing.PhaseChangeRecorder;
import org.restride.domain.progress.PhaseChange;
import org.restride.store.PhaseHistoryRepository;
import org.restride.app.editing.RoadmapStarter;

/** Changing the current phase by hand in the editor (and undoing it) is kept in the patient's phase history. */
class PhaseChangeRecordingTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;
    Workspace workspace;
    Writer writer = Editors.writer();
    PhaseHistoryRepository history;
    RoadmapEditorViewModel model;
    long roadmapId;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        long patient = workspace.patients().save(new Patient(null, "Ana", null, TODAY.minusWeeks(10),
                DeliveryType.VAGINAL, null, 1, false, List.of(), null)).id();
        roadmapId = new RoadmapStarter(workspace.roadmaps(), workspace.templates(), () -> TODAY)
                .fromTemplate(patient, "return-to-run").id();
        history = workspace.phaseHistory();
        model = Editors.over(workspace, writer, () -> TODAY);
        model.open(roadmapId);
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    private Roadmap saved() {
        writer.awaitIdle();
        return workspace.roadmaps().find(roadmapId).orElseThrow();
    }

    private List<String> changes() {
        writer.awaitIdle();
        return history.forRoadmap(roadmapId).stream().map(c -> (c.fromPhase() + 1) + "→" + (c.toPhase() + 1)).toList();
    }

    @Test
    void aCurrentPhaseSetByHandIsRecordedAndSoIsItsUndoAndRedo() {
        model.setCurrentPhase(2);
        writer.awaitIdle();
        PhaseChange change = history.forRoadmap(roadmapId).get(0);
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
        model.setCurrentPhase(1);
        model.renamePhase(1, "Strong everywhere");
        model.movePhase(1, -1);
        assertEquals(0, saved().currentPhase(), "the current phase moved up");
        model.removePhase(3);
        model.undo();
        assertEquals(List.of("1→2"), changes());
    }
}
