package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.domain.Patient;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A PT's session, through the real window: a new patient, a roadmap from a template, edits, undo, and a restart. */
@ExtendWith(ApplicationExtension.class)
class RoadmapFlowTest {
    @TempDir
    Path folder;
    AppHarness app;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppHarness.start(stage, folder);
    }

    private Roadmap savedRoadmap() {
        List<Roadmap> all = app.workspace.roadmaps().all();
        assertEquals(1, all.size());
        return all.get(0);
    }

    private List<String> phaseItems(Roadmap r, int phase) {
        return r.phases().get(phase).items().stream().map(PhaseItem::exerciseId).toList();
    }

    /** Waits until the library list (searched in the background) shows the named exercise first. */
    private static void waitForResults(FxRobot fx, String firstName) throws Exception {
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
            ListView<org.restride.store.ExerciseListing> list = fx.lookup("#library-results").queryListView();
            return !list.getItems().isEmpty() && list.getItems().get(0).name().equals(firstName);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fromFirstStartToAReadyRoadmapInUnderFifteenActionsThenEditUndoAndRestart(FxRobot fx) throws Exception {
        CountingRobot robot = new CountingRobot(fx);
        WaitForAsyncUtils.waitForFxEvents();
        robot.click("Start empty");
        robot.keys(KeyCode.CONTROL, KeyCode.N);
        robot.typeUncounted("Jane Doe");
        robot.keys(KeyCode.TAB).type("8w").keys(KeyCode.ENTER);
        robot.keys(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Roadmap started = savedRoadmap();
        assertEquals("Your roadmap back to running", started.title(), "the first template is return to running");
        assertEquals(5, started.phases().size(), "foundation, strength, low-level impact, hops and bounds, running");
        assertTrue(fx.lookup("#phase-4").tryQuery().isPresent(), "the editor shows every phase");
        assertTrue(robot.actions() < 15, "took " + robot.actions() + " clicks and keystrokes");
        Patient jane = app.workspace.patients().search("jane").get(0);
        assertEquals(8, jane.weeksPostpartum(java.time.LocalDate.now()));

        int before = started.phases().get(0).items().size();
        fx.push(KeyCode.CONTROL, KeyCode.F);
        fx.write("calf raise wall");
        waitForResults(fx, "Calf raise at the wall");
        fx.push(KeyCode.DOWN);
        fx.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("calf-raise-supported", phaseItems(savedRoadmap(), 0).get(before), "added by keyboard");

        fx.clickOn("#library-search").push(KeyCode.CONTROL, KeyCode.A).write("clam");
        waitForResults(fx, "Clam");
        Node clam = fx.lookup("#library-results .list-cell").nth(0).query();
        fx.drag(clam).dropTo("#phase-0-items");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> afterDrop = phaseItems(savedRoadmap(), 0);
        assertEquals(before + 2, afterDrop.size());
        assertTrue(afterDrop.contains("side-lying-clam"), "added by drag and drop where it was dropped");

        ListView<?> items = fx.lookup("#phase-0-items").queryListView();
        AppHarness.onFx(() -> {
            items.requestFocus();
            items.getSelectionModel().select(0);
        });
        fx.doubleClickOn("#dosage-sets .text-field").write("4").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, savedRoadmap().phases().get(0).items().get(0).dosage().sets(), "dosage edited in place");

        List<String> beforeMove = phaseItems(savedRoadmap(), 0);
        AppHarness.onFx(() -> {
            ListView<?> list = fx.lookup("#phase-0-items").queryListView();
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> afterMove = phaseItems(savedRoadmap(), 0);
        assertEquals(beforeMove.get(0), afterMove.get(1), "reordered with Alt+Down");
        assertEquals(beforeMove.get(1), afterMove.get(0));

        fx.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(beforeMove, phaseItems(savedRoadmap(), 0), "undo puts the order back");
        fx.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(afterMove, phaseItems(savedRoadmap(), 0), "redo moves it again");

        Roadmap leftAs = savedRoadmap();
        app.close();
        AppHarness.onFx(() -> app = AppHarness.start(new Stage(), folder));
        try (Workspace check = Workspace.open(folder)) {
            assertEquals(List.of(leftAs), check.roadmaps().all(), "everything is as it was left");
        }
        assertTrue(fx.lookup("#roadmaps-table").tryQuery().isPresent(), "the window reopens on the last section");
        app.close();
    }
}
