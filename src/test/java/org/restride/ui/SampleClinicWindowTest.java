package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.store.ExerciseListing;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.text.Words;
import org.restride.ui.exercises.FileDialogs;
import org.restride.ui.exercises.SystemFileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For the window's flow tests: each test has the real 1366×768 window on a data folder of its own filled with the
 * sample clinic (Maya's roadmap is 1), closed after the test. A subclass's own {@code @BeforeEach} runs once it is open.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class SampleClinicWindowTest {
    @TempDir
    protected Path folder;
    protected AppHarness app;
    /** The clinic's own exercises when the window opened. */
    private Set<String> ownAtStart;

    /** Where the window's file dialogs answer from; the system's unless a test answers them itself. */
    protected FileDialogs fileDialogs() {
        return new SystemFileDialogs(Words.english());
    }

    /** (TestFX's @Start is not looked for in a superclass: the window is opened here, on its thread.) */
    @BeforeEach
    void openSampleClinicWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppHarness.onFx(() -> app = AppHarness.startOnSampleClinic(stage, folder.resolve("data"), fileDialogs()));
        ownAtStart = app.workspace.exercises().idsFrom(ExerciseSource.CLINIC);
    }

    @AfterEach
    void closeSampleClinicWindow() {
        app.close();
    }

    /** The one exercise of the clinic's own made during the test, once every save has landed. */
    protected Exercise madeInTest() {
        app.settle();
        Set<String> made = new HashSet<>(app.workspace.exercises().idsFrom(ExerciseSource.CLINIC));
        made.removeAll(ownAtStart);
        assertEquals(1, made.size(), made.toString());
        return app.workspace.exercises().find(made.iterator().next()).orElseThrow();
    }

    /**
     * In the Library on show: types the words over its search, waits for the results (led by {@code firstName},
     * unless null) and opens the first.
     */
    protected void pickInLibrary(FxRobot robot, String words, String firstName) throws Exception {
        robot.doubleClickOn("#library-search").eraseText(40).write(words);
        waitFor(() -> {
            ListView<ExerciseListing> list = robot.lookup("#library-results").queryListView();
            return !list.getItems().isEmpty() && (firstName == null || list.getItems().get(0).name().equals(firstName));
        });
        robot.clickOn(robot.lookup("#library-results .list-cell").nth(0).queryAs(Node.class));
        app.settle();
    }

    /** Waits up to 10 s for the condition, then for the window to show what followed. */
    protected static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
