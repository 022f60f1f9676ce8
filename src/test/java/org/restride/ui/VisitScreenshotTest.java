package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Writes the visit form with its verdict, and the history with its chart, to target/screenshots/, light and dark. */
class VisitScreenshotTest extends SampleClinicWindowTest {

    private static void showTab(FxRobot robot, String id) {
        robot.clickOn("#" + id);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theVisitFormWithItsVerdictAndTheHistoryChart(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.openPatient(2));
        showTab(robot, "visit-tab");
        robot.clickOn("#test-4-left").write("14");
        robot.clickOn("#test-4-right").write("20");
        robot.clickOn("#test-2-symptoms").type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#test-2-pain").write("2");
        WaitForAsyncUtils.waitForFxEvents();
        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark" : "-light";
            AppHarness.onFx(() -> app.root.shellModel().darkProperty().set(dark));
            app.screenshot("visit-form" + suffix);
        }
        AppHarness.onFx(() -> app.root.shellModel().darkProperty().set(false));
        AppHarness.onFx(() -> robot.lookup("#red-flag-calf-pain-or-swelling").query().requestFocus());
        robot.type(KeyCode.SPACE);
        AppHarness.onFx(() -> robot.lookup("#test-0-value").query().requestFocus());
        app.screenshot("visit-red-flag-light");
        AppHarness.onFx(() -> robot.lookup("#red-flag-calf-pain-or-swelling").query().requestFocus());
        robot.type(KeyCode.SPACE);
        robot.clickOn("#test-4-left").eraseText(2).write("900");
        app.screenshot("visit-bad-input-light");
        AppHarness.onFx(() -> robot.lookup("#score-iciq-ui-sf").query().requestFocus());
        robot.write("6");
        app.screenshot("visit-form-lower-light");

        showTab(robot, "history-tab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#history-chart").queryAs(LineChart.class)
                .getData().isEmpty());
        for (boolean dark : new boolean[] {true, false}) {
            String suffix = dark ? "-dark" : "-light";
            AppHarness.onFx(() -> app.root.shellModel().darkProperty().set(dark));
            app.screenshot("history" + suffix);
        }
        for (String name : new String[] {"visit-form-light", "visit-form-dark", "visit-red-flag-light",
                "visit-bad-input-light", "visit-form-lower-light", "history-light",
                "history-dark"}) {
            assertTrue(Files.size(Path.of("target/screenshots/" + name + ".png")) > 10_000, name);
        }
    }
}
