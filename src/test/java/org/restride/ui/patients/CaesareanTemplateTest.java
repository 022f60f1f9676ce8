package org.restride.ui.patients;

import org.restride.text.Words;
import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.Writer;
import org.restride.domain.DeliveryType;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.app.editing.RoadmapStarter;

/** Issue 12: starting return-to-run for a caesarean birth warns the PT and offers the caesarean template. */
class CaesareanTemplateTest {
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
        form = new PatientFormViewModel(workspace.patients(), () -> TODAY, writer,
                () -> workspace.clinicProfile().load().language(), List.of("en", "es"), Words.english());
        model = new PatientsViewModel(workspace.patients(), workspace.roadmaps(), workspace.templates(),
                new RoadmapStarter(workspace.roadmaps(), workspace.templates(), () -> TODAY), form, writer, Words.english());
        model.refresh();
        form.startNew();
        form.nameProperty().set("Bea");
        form.deliveryDateProperty().set("10w");
    }

    @AfterEach
    void close() {
        writer.close();
        workspace.close();
    }

    /** The template a roadmap was started from, told by its phases. */
    private String templateOf(Roadmap started) {
        return model.templateChoices().stream().filter(t -> t.phases().equals(started.phases())).findFirst()
                .orElseThrow().key();
    }

    private Template template(String key) {
        return model.templateChoices().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aCaesareanBirthIsOfferedTheCaesareanTemplateFirst() {
        form.deliveryTypeProperty().set(DeliveryType.CAESAREAN);
        model.chosenTemplateProperty().set(template("return-to-run"));
        assertFalse(model.startFromTemplate(), "not started at once");
        assertEquals("return-to-run-caesarean", model.chosenTemplateProperty().get().key());
        assertTrue(model.messageProperty().get().startsWith("She had a cesarean birth"), model.messageProperty().get()); // US words
        assertTrue(model.startFromTemplate());
        writer.awaitIdle();
        Roadmap started = model.startedProperty().get();
        assertEquals(template("return-to-run-caesarean").phases().size(), started.phases().size());
    }

    @Test
    void thePtMayKeepHerFirstChoice() {
        form.deliveryTypeProperty().set(DeliveryType.CAESAREAN);
        model.chosenTemplateProperty().set(template("return-to-run"));
        model.startFromTemplate();
        model.chosenTemplateProperty().set(template("return-to-run"));
        assertTrue(model.startFromTemplate(), "chosen again: started as she asked");
        writer.awaitIdle();
        assertEquals("return-to-run", templateOf(model.startedProperty().get()));
    }

    @Test
    void aVaginalBirthStartsAtOnce() {
        form.deliveryTypeProperty().set(DeliveryType.VAGINAL);
        model.chosenTemplateProperty().set(template("return-to-run"));
        assertTrue(model.startFromTemplate());
        writer.awaitIdle();
        assertEquals("return-to-run", templateOf(model.startedProperty().get()));
        assertEquals("", model.messageProperty().get());
    }
}
