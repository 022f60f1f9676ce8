package org.restride.ui.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.Patient;
import org.restride.store.IssuedHandout;

/** The preview's language box: at first her language (her details, else the clinic's); a choice goes over it. */
class PreviewLanguageTest extends PreviewBench {
    Patient mayaHerself;

    @BeforeEach
    void findHer() {
        mayaHerself = mayaHerself();
    }

    /** Saves her details as given, then shows her roadmap as the editor does. */
    private void show(Patient patient) {
        whose.set(workspace.patients().save(patient));
        edited.set(maya);
        render();
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
        render();
        assertEquals("en", language(), "the clinic's setting as it is now");
    }

    @Test
    void herLanguageChangedOnHerDetailsWhileHerRoadmapIsOpenIsTakenAtTheNextRender() {
        show(mayaHerself);
        assertEquals("en", language());
        workspace.patients().save(mayaHerself.withHandoutLanguage("es"));
        render();
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
        render();
        assertEquals("en", language(), "an edit keeps the box's choice");
    }

    /** Chooses a language in the box and lets the render finish. */
    private void choose(String language) {
        model.chooseLanguage(language);
        tasks.finishAll();
    }

    @Test
    void anotherPatientOrHerNewLanguageStartsFromHersAgain() {
        show(mayaHerself.withHandoutLanguage("es"));
        choose("en");
        show(mayaHerself.withHandoutLanguage(null));
        assertEquals("en", language(), "her details changed to the clinic's English");
        choose("es");
        show(mayaHerself.withHandoutLanguage("en"));
        assertEquals("en", language());
    }
}
