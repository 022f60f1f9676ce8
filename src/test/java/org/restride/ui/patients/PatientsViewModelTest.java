package org.restride.ui.patients;

import org.restride.text.Words;
import org.restride.ui.RefusingTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.app.editing.RoadmapStarter;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.ui.roadmaps.RoadmapSummary;

/** The patient list and her roadmaps: search as she is typed, her roadmaps on selection, starting one. */
class PatientsViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path folder;
    Workspace workspace;
    Writer writer = new Writer(Runnable::run);
    PatientsViewModel model;
    PatientFormViewModel form;

    @BeforeEach
    void open() {
        workspace = Workspace.open(folder);
        new DemoClinic(workspace).fill();
        form = new PatientFormViewModel(workspace.patients(), () -> TODAY, writer,
                () -> workspace.clinicProfile().load().language(), List.of("en", "es"), Words.english());
        model = new PatientsViewModel(workspace.patients(), workspace.roadmaps(), workspace.templates(),
                new RoadmapStarter(workspace.roadmaps(), workspace.templates(), () -> TODAY), form, writer, Words.english());
        model.refresh();
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    private Patient named(String first) {
        return model.list().stream().filter(p -> p.firstName().equals(first)).findFirst().orElseThrow();
    }

    @Test
    void theListFollowsTheSearchAsItIsTyped() {
        assertEquals(3, model.list().size(), "the sample clinic's three patients");
        model.searchProperty().set("maya");
        assertEquals(List.of("Maya"), model.list().stream().map(Patient::firstName).toList());
        model.searchProperty().set("nobody like this");
        assertTrue(model.list().isEmpty());
        model.searchProperty().set("");
        assertEquals(3, model.list().size());
    }

    @Test
    void choosingAPatientShowsHerRoadmapsAndANewPatientNone() {
        model.select(named("Maya"));
        assertEquals("Maya", form.nameProperty().get().split(" ")[0]);
        assertEquals(1, model.patientRoadmaps().size());
        model.newPatient();
        assertTrue(model.patientRoadmaps().isEmpty());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void aCopyOfAnEarlierRoadmapIsHersAtOnce() {
        model.select(named("Maya"));
        RoadmapSummary earlier = model.patientRoadmaps().get(0);
        assertTrue(model.startFromCopy(earlier.id()));
        writer.awaitIdle();
        Roadmap copy = model.startedProperty().get();
        assertEquals(named("Maya").id(), copy.patientId());
        assertEquals(2, model.patientRoadmaps().size(), "the copy is listed with the first");
        assertEquals(workspace.roadmaps().find(earlier.id()).orElseThrow().phases().size(), copy.phases().size());
    }

    @Test
    void nothingStartsForAPatientWhoseDetailsAreNotFinished() {
        model.newPatient();
        form.nameProperty().set("Ines");
        int before = workspace.roadmaps().forPatient(idOf("Maya")).size();
        assertFalse(model.startFromScratch());
        assertTrue(model.messageProperty().get().startsWith("Finish the patient's details first"),
                model.messageProperty().get());
        model.searchProperty().set("Ines");
        assertTrue(model.list().isEmpty(), "she is not saved half-filled");
        assertEquals(before, workspace.roadmaps().forPatient(idOf("Maya")).size(), "no roadmap started for anyone");
    }

    private long idOf(String first) {
        return workspace.patients().search(first).get(0).id();
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

    @Test
    void aStartThatCannotBeWrittenIsToldAndStartsNothing() throws Exception {
        model.select(named("Maya"));
        int before = model.patientRoadmaps().size();
        try (RefusingTable full = RefusingTable.in(folder, "roadmaps")) {
            assertTrue(model.startFromScratch(), "handed to the writer; the window does not wait");
            writer.awaitIdle();
        }
        assertTrue(model.messageProperty().get().startsWith("The roadmap was not started: "), model.messageProperty().get());
        assertEquals(null, model.startedProperty().get(), "nothing to open");
        assertEquals(before, model.patientRoadmaps().size());
        assertEquals(before, workspace.roadmaps().forPatient(idOf("Maya")).size());

        assertTrue(model.startFromScratch());
        writer.awaitIdle();
        assertEquals(before + 1, model.patientRoadmaps().size(), "started when tried again, and listed");
        assertEquals(idOf("Maya"), model.startedProperty().get().patientId());
    }
}
