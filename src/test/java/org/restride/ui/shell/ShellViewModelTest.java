package org.restride.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.app.WindowSettings;
import org.restride.app.Writer;
import org.restride.store.FreshDatabase;
import org.restride.store.SettingsRepository;

/** The window's frame without the toolkit: the section showing, the status line and the look, kept between starts. */
class ShellViewModelTest extends FreshDatabase {
    SettingsRepository stored;
    Writer writer;
    WindowSettings settings;

    @BeforeEach
    void open() {
        stored = new SettingsRepository(db);
        writer = new Writer(Runnable::run);
        settings = new WindowSettings(stored, writer);
    }

    @AfterEach
    void closeWriter() {
        writer.close();
    }

    /** The window's frame at its next start, once what this one handed to the writer is written. */
    private ShellViewModel nextStart() {
        writer.awaitIdle();
        return new ShellViewModel(settings);
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

        assertEquals(Section.SETTINGS, nextStart().sectionProperty().get(), "the last one, not the first");
    }

    @Test
    void theDarkLookIsKeptBetweenStartsAndCanBeTurnedOffAgain() {
        ShellViewModel shell = new ShellViewModel(settings);
        shell.darkProperty().set(true);
        assertTrue(nextStart().darkProperty().get());

        nextStart().darkProperty().set(false);
        assertFalse(nextStart().darkProperty().get());
    }

    @Test
    void aSectionSavedByAnotherVersionStartsOnPatients() {
        stored.put(ShellViewModel.LAST_SECTION, "REPORTS");
        stored.put(ShellViewModel.DARK, "not a boolean");
        ShellViewModel shell = new ShellViewModel(settings);
        assertEquals(Section.PATIENTS, shell.sectionProperty().get());
        assertFalse(shell.darkProperty().get());

        shell.show(Section.ROADMAPS);
        assertEquals(Section.ROADMAPS, nextStart().sectionProperty().get(), "and the next choice is kept");
    }

    /** Another program holds the data file (as a read-only folder or a full disk would refuse it): no wait, no error. */
    @Test
    void aSectionChosenWhileTheDataFileIsLockedIsShownAtOnce() throws Exception {
        ShellViewModel shell = new ShellViewModel(settings);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("restride.db"));
             Statement st = other.createStatement()) {
            st.execute("BEGIN EXCLUSIVE");
            long start = System.nanoTime();
            shell.show(Section.LIBRARY);
            shell.darkProperty().set(true);
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(tookMs < 1000, "the window's thread did not wait for the data file: " + tookMs + " ms");
            assertEquals(Section.LIBRARY, shell.sectionProperty().get());
            st.execute("ROLLBACK");
        }
        writer.awaitIdle();
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
