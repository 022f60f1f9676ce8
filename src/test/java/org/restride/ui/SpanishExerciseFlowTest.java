package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.ExerciseSource;
import org.restride.store.ExerciseListing;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Spanish of a clinic's own exercise, typed in the Library by keyboard in a 1366×768 window. */
@ExtendWith(ApplicationExtension.class)
class SpanishExerciseFlowTest {
    @TempDir
    static Path folder;
    AppHarness app;
    Set<String> ownAtStart;

    @Start
    void start(Stage stage) {
        app = AppHarness.startOnSampleClinic(stage, folder);
        ownAtStart = app.workspace.exercises().idsFrom(ExerciseSource.CLINIC);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aSpanishNameTypedAndLeftIsSavedAndThereOnReopening(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        robot.clickOn("#new-exercise");
        waitFor(() -> robot.lookup("#es-text").tryQuery().isPresent());
        String id = madeInTest();
        TitledPane spanish = robot.lookup("#es-text").queryAs(TitledPane.class);
        assertEquals("Spanish (optional)", spanish.getText());
        assertTrue(!spanish.isExpanded(), "folded while the exercise has no Spanish");

        // opened and filled from the keyboard: the section's title takes focus, Space opens it, Tab enters it
        AppHarness.onFx(() -> scrollIntoView(spanish));
        AppHarness.onFx(spanish::requestFocus);
        robot.type(KeyCode.SPACE);
        waitFor(spanish::isExpanded);
        robot.type(KeyCode.TAB);
        TextField name = robot.lookup("#es-name").queryAs(TextField.class);
        assertTrue(name.isFocused(), "Tab goes from the section's title to the Spanish name");
        robot.write("Puente con banda");
        robot.type(KeyCode.TAB);
        app.settle();
        assertEquals("Puente con banda", app.workspace.exerciseTexts().find(id, "es").orElseThrow().name(),
                "saved on leaving the field");
        assertEquals("Spanish saved.", robot.lookup("#es-text-message").queryLabeled().getText());

        AppHarness.onFx(() -> scrollIntoView(name));
        List<String> cut = new ArrayList<>();
        AppHarness.onFx(() -> {
            app.scene.getRoot().applyCss();
            app.scene.getRoot().layout();
            NothingCutAt1366Test.collect(spanish, "Spanish section", cut);
        });
        assertEquals(List.of(), cut, "cut short at 1366×768");
        app.screenshot("library-spanish-section");

        reopen(robot);
        TitledPane again = robot.lookup("#es-text").queryAs(TitledPane.class);
        assertTrue(again.isExpanded(), "open when the exercise has Spanish");
        assertEquals("Puente con banda", robot.lookup("#es-name").queryAs(TextField.class).getText());
    }

    /** Shows a built-in exercise, then the new one again, picked from the search results. */
    private void reopen(FxRobot robot) throws Exception {
        pick(robot, "squat", null);
        pick(robot, "New exercise", "New exercise");
    }

    private void pick(FxRobot robot, String words, String name) throws Exception {
        robot.doubleClickOn("#library-search").eraseText(40).write(words);
        waitFor(() -> {
            ListView<ExerciseListing> list = robot.lookup("#library-results").queryListView();
            return !list.getItems().isEmpty() && (name == null || list.getItems().get(0).name().equals(name));
        });
        robot.clickOn(robot.lookup("#library-results .list-cell").nth(0).queryAs(Node.class));
        app.settle();
    }

    private String madeInTest() {
        app.settle();
        Set<String> made = new HashSet<>(app.workspace.exercises().idsFrom(ExerciseSource.CLINIC));
        made.removeAll(ownAtStart);
        assertEquals(1, made.size(), made.toString());
        return made.iterator().next();
    }

    private static void scrollIntoView(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof ScrollPane scroller) {
            scroller.layout();
            double contentHeight = scroller.getContent().getBoundsInLocal().getHeight();
            double y = scroller.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = contentHeight - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 80) / room)));
            scroller.layout();
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
