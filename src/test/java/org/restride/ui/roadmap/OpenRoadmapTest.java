package org.restride.ui.roadmap;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.app.editing.PhaseChangeRecorder;
import org.restride.app.editing.RoadmapEditing;
import org.restride.app.editing.RoadmapStarter;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.text.Words;

/**
 * For editor tests without the toolkit: Ana's return-to-run roadmap open in the editor's view-model, wired as the
 * window wires it. Saves run on the background writer; failures are told on its own thread.
 */
abstract class OpenRoadmapTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;
    Workspace workspace;
    final Writer writer = new Writer(Runnable::run);
    RoadmapEditorViewModel model;
    long roadmapId;

    @BeforeEach
    void openRoadmap() {
        workspace = Workspace.open(folder);
        long patient = workspace.patients().save(new Patient(null, "Ana", null, TODAY.minusWeeks(10),
                DeliveryType.VAGINAL, null, 1, false, List.of(), null)).id();
        roadmapId = new RoadmapStarter(workspace.roadmaps(), workspace.templates(), () -> TODAY)
                .fromTemplate(patient, "return-to-run").id();
        RoadmapEditing editing = new RoadmapEditing(workspace.roadmaps(), workspace.patients(), workspace.exercises(),
                workspace.templates(), PhaseChangeRecorder.into(workspace.phaseHistory(), () -> TODAY), writer);
        model = new RoadmapEditorViewModel(editing, Words.english());
        if (!model.open(roadmapId)) {
            throw new IllegalStateException("the roadmap did not open");
        }
    }

    @AfterEach
    void closeRoadmap() {
        writer.close();
        workspace.close();
    }

    /** The roadmap as the database holds it, once every save handed over has run. */
    Roadmap saved() {
        writer.awaitIdle();
        return workspace.roadmaps().find(roadmapId).orElseThrow();
    }
}
