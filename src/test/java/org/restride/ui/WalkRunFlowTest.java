package org.restride.ui;

import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.store.WalkRunPlanRepository;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The walk–run plan of Léa's running phase, opened from the roadmap editor: a week with symptoms is repeated. */
class WalkRunFlowTest extends SampleClinicWindowTest {
    static final long LEAS_ROADMAP = 2;


    private WalkRunPlan saved() {
        app.settle();
        return new WalkRunPlanRepository(WorkspaceDatabase.of(app.workspace)).find(LEAS_ROADMAP).orElseThrow();
    }

    @Test
    void aWeekWithSymptomsIsRepeatedFromTheEditor(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.openRoadmap(LEAS_ROADMAP));
        app.screenshot("roadmap-editor-walk-run-light");
        int weeks = saved().weeks().size();
        robot.clickOn("#walk-run-plan");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<List<String>> table = robot.lookup("#walk-run-weeks").queryTableView();
        assertEquals(weeks, table.getItems().size(), "the saved plan is shown");
        robot.clickOn(robot.lookup("#walk-run-weeks .table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        robot.clickOn("#walk-run-symptoms");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(weeks + 2, saved().weeks().size());
        assertTrue(saved().weeks().get(3).repeated(), "week 4 goes back to week 2");
        snapshot(table.getScene(), "walk-run-plan-light");

        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(table.getScene() != null && table.getScene().getWindow().isShowing());
        assertTrue(Files.size(Path.of("target/screenshots/walk-run-plan-light.png")) > 10_000);
    }

    private static void snapshot(Scene scene, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File file = dir.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file);
    }
}
