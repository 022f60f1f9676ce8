package org.restride.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.store.FreshDatabase;
import org.restride.store.SettingsRepository;

/** The window's frame without the toolkit: the section showing, the status line and the look, kept between starts. */
class ShellViewModelTest extends FreshDatabase {
    SettingsRepository settings;

    @BeforeEach
    void open() {
        settings = new SettingsRepository(db);
    }

    @Test
    void aFirstStartShowsPatientsInTheLightLookWithAnEmptyStatusLine() {
        ShellViewModel shell = new ShellViewModel(settings);
        assertEquals(Section.PATIENTS, shell.sectionProperty().get());
        assertFalse(shell.darkProperty().get());
        assertEquals("", shell.statusProperty().get());
    }

    @Test
    void theSectionSheLeftIsTheOneShownAtTheNextStart() {
        ShellViewModel shell = new ShellViewModel(settings);
        shell.show(Section.LIBRARY);
        assertEquals(Section.LIBRARY, shell.sectionProperty().get());
        shell.show(Section.SETTINGS);
        assertEquals(Section.SETTINGS, shell.sectionProperty().get());

        assertEquals(Section.SETTINGS, new ShellViewModel(settings).sectionProperty().get(), "the last one, not the first");
    }

    @Test
    void theDarkLookIsKeptBetweenStartsAndCanBeTurnedOffAgain() {
        ShellViewModel shell = new ShellViewModel(settings);
        shell.darkProperty().set(true);
        assertTrue(new ShellViewModel(settings).darkProperty().get());

        new ShellViewModel(settings).darkProperty().set(false);
        assertFalse(new ShellViewModel(settings).darkProperty().get());
    }

    @Test
    void aSectionSavedByAnotherVersionStartsOnPatients() {
        settings.put(ShellViewModel.LAST_SECTION, "REPORTS");
        settings.put(ShellViewModel.DARK, "not a boolean");
        ShellViewModel shell = new ShellViewModel(settings);
        assertEquals(Section.PATIENTS, shell.sectionProperty().get());
        assertFalse(shell.darkProperty().get());

        shell.show(Section.ROADMAPS);
        assertEquals(Section.ROADMAPS, new ShellViewModel(settings).sectionProperty().get(), "and the next choice is kept");
    }

    @Test
    void theStatusLineShowsTheLatestMessage() {
        ShellViewModel shell = new ShellViewModel(settings);
        shell.say("Backed up automatically.");
        assertEquals("Backed up automatically.", shell.statusProperty().get());
        shell.say("Saved.");
        assertEquals("Saved.", shell.statusProperty().get());
        shell.show(Section.TEMPLATES);
        assertEquals("Saved.", shell.statusProperty().get(), "changing section keeps the last message");
    }
}
