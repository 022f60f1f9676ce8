package org.restride.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.app.editing.RoadmapStarter;
import org.restride.domain.Patient;
import org.restride.domain.Template;
import org.restride.ui.roadmaps.RoadmapSummary;

/** Typing in a saved patient's form updates her row at once and reads nothing else again, keystroke by keystroke. */
class TypingInHerFormTest {
    @TempDir
    Path folder;
    Workspace workspace;
    final Writer writer = new Writer(Runnable::run);
    PatientsViewModel model;
    PatientFormViewModel form;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        new DemoClinic(workspace).fill();
        LocalDate today = LocalDate.now();
        form = new PatientFormViewModel(workspace.patients(), () -> today, writer);
        model = new PatientsViewModel(workspace.patients(), workspace.roadmaps(), workspace.templates(),
                new RoadmapStarter(workspace.roadmaps(), workspace.templates(), () -> today), form);
        model.refresh();
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    @Test
    void herRowFollowsTheFormAndTheTemplatesAndRoadmapsAreNotReadAgain() {
        Patient maya = model.list().stream().filter(p -> p.firstName().equals("Maya")).findFirst().orElseThrow();
        model.select(maya);
        Template firstTemplate = model.templateChoices().get(0);
        RoadmapSummary herRoadmap = model.patientRoadmaps().get(0);
        for (String typed : new String[] {"Maya O", "Maya Ok", "Maya Oka"}) {
            form.nameProperty().set(typed);
        }
        Patient row = model.list().stream().filter(p -> p.id().equals(maya.id())).findFirst().orElseThrow();
        assertEquals("Maya Oka", row.displayName(), "her row says what was typed");
        assertSame(firstTemplate, model.templateChoices().get(0), "the templates were not read again");
        assertSame(herRoadmap, model.patientRoadmaps().get(0), "her roadmaps were not read again");
        writer.awaitIdle();
        assertEquals("Maya Oka", workspace.patients().find(maya.id()).orElseThrow().displayName(), "and it is saved");
    }
}
