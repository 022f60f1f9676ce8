package org.restride.ui;

import javafx.scene.control.TextInputControl;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import java.util.concurrent.TimeUnit;

/**
 * Writes every main screen, light and dark, to target/screenshots/ for a person to look at, checking on the way
 * that each shows what it must (her details, the phases, the pages, the results, the templates, the settings).
 */
class ScreenshotTest extends SampleClinicWindowTest {

    @Test
    void everyMainScreenInLightAndDark(FxRobot robot) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            String suffix = dark ? "-dark" : "-light";
            AppHarness.onFx(() -> app.root.shellModel().darkProperty().set(dark));
            AppHarness.onFx(() -> app.root.openPatient(1));
            assertEquals("Maya Okafor", robot.lookup("#patient-name").queryAs(TextInputControl.class).getText(), "her details");
            assertEquals(1, robot.lookup("#patient-roadmaps").queryListView().getItems().size(), "and her roadmap");
            app.screenshot("patients" + suffix);
            AppHarness.onFx(() -> app.root.shellModel().show(Section.ROADMAPS));
            app.screenshot("roadmaps" + suffix);
            AppHarness.onFx(() -> app.root.openRoadmap(1));
            AppHarness.onFx(() -> robot.lookup("#phase-1-items").queryListView().getSelectionModel().select(0));
            assertFalse(robot.lookup("#phase-1-items").queryListView().getItems().isEmpty(), "the first phase's exercises");
            app.screenshot("roadmap-editor" + suffix);
            robot.clickOn("#show-preview");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#preview-pages .list-cell .image-view")
                    .queryAll().stream().anyMatch(n -> ((ImageView) n).getImage() != null));
            assertTrue(robot.lookup("#preview-pages").queryListView().getItems().size() > 1,
                    "the handout's pages");
            app.screenshot("roadmap-preview" + suffix);
            AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
            AppHarness.onFx(() -> app.root.openRoadmap(1));
            AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
            robot.clickOn("#library-search").write("bridge");
            robot.clickOn(robot.lookup("#library-results .list-cell").nth(0).queryAs(Node.class));
            assertTrue(robot.lookup("#library-results").queryListView().getItems().size() > 1, "exercises found for bridge");
            app.screenshot("library" + suffix);
            AppHarness.onFx(() -> app.root.shellModel().show(Section.TEMPLATES));
            robot.clickOn(robot.lookup("#templates-list .list-cell").nth(0).queryAs(Node.class));
            assertTrue(robot.lookup("#templates-list").queryListView().getItems().size() >= 5, "the built-in templates");
            app.screenshot("templates" + suffix);
            AppHarness.onFx(() -> app.root.shellModel().show(Section.SETTINGS));
            assertTrue(robot.lookup("#settings-clinic-name").tryQuery().isPresent(), "the clinic's details");
            app.screenshot("settings" + suffix);
            robot.clickOn("#nav-library");
            robot.clickOn("#library-search").eraseText(6);
        }
        for (String name : new String[] {"patients", "roadmaps", "roadmap-editor", "roadmap-preview", "library", "templates", "settings"}) {
            assertTrue(Files.size(Path.of("target/screenshots/" + name + "-light.png")) > 10_000, name);
            assertTrue(Files.size(Path.of("target/screenshots/" + name + "-dark.png")) > 10_000, name);
        }
    }
}
