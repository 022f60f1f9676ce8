package org.restride.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.handout.HandoutRequests;
import org.restride.handout.IssuedHandouts;
import org.restride.store.IssuedHandout;
import org.restride.ui.QueuedTaskRunner;

/** The preview's language box: at first her language (her details, else the clinic's); a choice goes over it. */
class PreviewLanguageTest {
    @TempDir
    Path folder;
    Workspace workspace;
    QueuedTaskRunner tasks = new QueuedTaskRunner();
    SimpleObjectProperty<Roadmap> edited = new SimpleObjectProperty<>();
    SimpleObjectProperty<Patient> whose = new SimpleObjectProperty<>();
    HandoutViewModel model;
    Roadmap maya;
    Patient mayaHerself;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC);
        workspace = Workspace.open(folder.resolve("data"), clock);
        maya = new DemoClinic(workspace).fill().roadmaps().get(0);
        mayaHerself = workspace.patients().find(maya.patientId()).orElseThrow();
        model = new HandoutViewModel(() -> HandoutViewModelTest.RENDERER, new HandoutRequests(workspace.handoutSources()),
                tasks, clock, new IssuedHandouts(workspace.issuedHandouts()), workspace.outputGuard());
        model.follow(edited, whose);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Saves her details as given, then shows her roadmap as the editor does. */
    private void show(Patient patient) {
        whose.set(workspace.patients().save(patient));
        edited.set(maya);
        model.refresh();
        tasks.finishAll();
    }

    private String language() {
        return model.optionsProperty().get().language();
    }

    /** Exports the preview's handout; the options her history kept it with. */
    private String exportedOptions() {
        model.export(folder.resolve("maya-" + System.nanoTime() + ".pdf"), () -> { });
        tasks.finishAll();
        return workspace.issuedHandouts().forPatient(maya.patientId()).stream().map(IssuedHandout::options)
                .findFirst().orElseThrow();
    }

    @Test
    void theBoxStartsOnHerLanguageAndTheHandoutIsInIt() {
        show(mayaHerself.withHandoutLanguage("es"));
        assertEquals("es", language());
        assertTrue(exportedOptions().endsWith(";lang=es"));
    }

    @Test
    void withNoneOnHerDetailsItIsTheClinics() {
        workspace.clinicProfile().save(workspace.clinicProfile().load().withLanguage("es"));
        show(mayaHerself);
        assertEquals("es", language());
        workspace.clinicProfile().save(workspace.clinicProfile().load().withLanguage("en"));
        model.refresh();
        tasks.finishAll();
        assertEquals("en", language(), "the clinic's setting as it is now");
    }

    @Test
    void herLanguageChangedOnHerDetailsWhileHerRoadmapIsOpenIsTakenAtTheNextRender() {
        show(mayaHerself);
        assertEquals("en", language());
        workspace.patients().save(mayaHerself.withHandoutLanguage("es"));
        model.refresh();
        tasks.finishAll();
        assertEquals("es", language(), "the editor's copy of her is older than her details");
    }

    @Test
    void aChoiceInTheBoxGoesOverHersRendersAgainAndTheNewestWins() {
        show(mayaHerself.withHandoutLanguage("es"));
        model.chooseLanguage("en");
        assertEquals(1, tasks.waiting(), "a new choice renders again");
        model.chooseLanguage("es");
        model.chooseLanguage("en");
        tasks.finish(2);
        tasks.finishAll();
        assertEquals("en", language(), "the newest choice wins");
        assertFalse(exportedOptions().contains("lang="), "exported in English, as the box says");
        edited.set(maya.withTitle("An edit after the choice"));
        model.refresh();
        tasks.finishAll();
        assertEquals("en", language(), "an edit keeps the box's choice");
    }

    @Test
    void anotherPatientOrHerNewLanguageStartsFromHersAgain() {
        show(mayaHerself.withHandoutLanguage("es"));
        model.chooseLanguage("en");
        tasks.finishAll();
        show(mayaHerself.withHandoutLanguage(null));
        assertEquals("en", language(), "her details changed to the clinic's English");
        model.chooseLanguage("es");
        tasks.finishAll();
        show(mayaHerself.withHandoutLanguage("en"));
        assertEquals("en", language());
    }
}
