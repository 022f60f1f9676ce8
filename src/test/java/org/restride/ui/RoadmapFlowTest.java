package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.domain.Patient;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.store.ExerciseListing;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PT's session, through the real window, one step per test: a new patient and a roadmap from a template by
 * keyboard, exercises added by keyboard and by drag and drop, a dose edited in place, Alt+Down with undo and redo,
 * and a restart. Each test starts from a first start and Jane's new roadmap.
 */
@ExtendWith(ApplicationExtension.class)
class RoadmapFlowTest {
    @TempDir
    Path folder;
    AppHarness app;
    CountingRobot robot;

    @Start
    void start(Stage stage) {
        app = AppHarness.start(stage, folder);
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** From the first start: "Start empty", a new patient by keyboard, and the first template started with Enter. */
    private Roadmap startJanesRoadmap(FxRobot fx) throws Exception {
        robot = new CountingRobot(fx);
        WaitForAsyncUtils.waitForFxEvents();
        robot.click("Start empty");
        robot.keys(KeyCode.CONTROL, KeyCode.N);
        robot.typeUncounted("Jane Doe");
        robot.keys(KeyCode.TAB).type("8w").keys(KeyCode.ENTER);
        robot.keys(KeyCode.ENTER);
        app.settle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx.lookup("#phase-0-items").tryQuery().isPresent());
        return savedRoadmap();
    }

    private Roadmap savedRoadmap() {
        app.settle();
        List<Roadmap> all = app.workspace.roadmaps().all();
        assertEquals(1, all.size());
        return all.get(0);
    }

    private List<String> phaseItems(int phase) {
        return savedRoadmap().phases().get(phase).items().stream().map(PhaseItem::exerciseId).toList();
    }

    /** Waits until the library list (searched in the background) shows the named exercise first. */
    private static void waitForResults(FxRobot fx, String firstName) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            ListView<ExerciseListing> list = fx.lookup("#library-results").queryListView();
            return !list.getItems().isEmpty() && list.getItems().get(0).name().equals(firstName);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void selectFirstItem(FxRobot fx) {
        ListView<?> items = fx.lookup("#phase-0-items").queryListView();
        AppHarness.onFx(() -> {
            items.requestFocus();
            items.getSelectionModel().select(0);
        });
    }

    @Test
    void aNewPatientAndHerRoadmapTakeUnderFifteenActions(FxRobot fx) throws Exception {
        Roadmap started = startJanesRoadmap(fx);
        assertEquals("Your roadmap back to running", started.title(), "the first template is return to running");
        assertEquals(5, started.phases().size(), "foundation, strength, low-level impact, hops and bounds, running");
        assertTrue(fx.lookup("#phase-4").tryQuery().isPresent(), "the editor shows every phase");
        assertTrue(robot.actions() < 15, "took " + robot.actions() + " clicks and keystrokes");
        Patient jane = app.workspace.patients().search("jane").get(0);
        assertEquals(8, jane.weeksPostpartum(LocalDate.now()));
    }

    @Test
    void anExerciseIsAddedByKeyboardAndAnotherByDragAndDrop(FxRobot fx) throws Exception {
        int before = startJanesRoadmap(fx).phases().get(0).items().size();
        fx.push(KeyCode.CONTROL, KeyCode.F);
        fx.write("calf raise wall");
        waitForResults(fx, "Calf raise at the wall");
        fx.push(KeyCode.DOWN);
        fx.push(KeyCode.ENTER);
        assertEquals("calf-raise-supported", phaseItems(0).get(before), "added by keyboard, at the end");

        fx.clickOn("#library-search").push(KeyCode.CONTROL, KeyCode.A).write("clam");
        waitForResults(fx, "Clam");
        Node clam = fx.lookup("#library-results .list-cell").nth(0).query();
        fx.drag(clam).dropTo("#phase-0-items");
        List<String> afterDrop = phaseItems(0);
        assertEquals(before + 2, afterDrop.size());
        assertTrue(afterDrop.contains("side-lying-clam"), "added by drag and drop where it was dropped");
    }

    @Test
    void theDoseIsEditedInPlace(FxRobot fx) throws Exception {
        startJanesRoadmap(fx);
        selectFirstItem(fx);
        fx.doubleClickOn("#dosage-sets .text-field").write("4").push(KeyCode.ENTER);
        assertEquals(4, savedRoadmap().phases().get(0).items().get(0).dosage().sets(), "dosage edited in place");
    }

    @Test
    void altDownMovesAnItemAndUndoAndRedoFollowIt(FxRobot fx) throws Exception {
        startJanesRoadmap(fx);
        List<String> beforeMove = phaseItems(0);
        selectFirstItem(fx);
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        List<String> afterMove = phaseItems(0);
        assertEquals(beforeMove.get(0), afterMove.get(1), "reordered with Alt+Down");
        assertEquals(beforeMove.get(1), afterMove.get(0));

        fx.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(beforeMove, phaseItems(0), "undo puts the order back");
        fx.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(afterMove, phaseItems(0), "redo moves it again");
    }

    @Test
    void everythingIsAsLeftAfterARestart(FxRobot fx) throws Exception {
        startJanesRoadmap(fx);
        selectFirstItem(fx);
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        Roadmap leftAs = savedRoadmap();
        app.close();
        AppHarness.onFx(() -> app = AppHarness.start(new Stage(), folder));
        try (Workspace check = Workspace.open(folder)) {
            assertEquals(List.of(leftAs), check.roadmaps().all(), "everything is as it was left");
        }
        assertTrue(fx.lookup("#roadmaps-table").tryQuery().isPresent(), "the window reopens on the last section");
    }
}
