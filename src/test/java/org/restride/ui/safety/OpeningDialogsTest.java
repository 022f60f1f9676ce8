package org.restride.ui.safety;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.restride.text.Words;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged database, as the PT meets it on opening the window. */
@ExtendWith(ApplicationExtension.class)
class OpeningDialogsTest {
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    private CompletableFuture<Optional<Workspace>> openInBackground(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Workspace>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(new OpeningDialogs(folder, Clock.systemDefaultZone(), Words.english()).open()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return result;
    }

    private static void press(FxRobot robot, String buttonText) {
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        javafx.scene.control.ButtonType type = pane.getButtonTypes().stream().filter(t -> t.getText().equals(buttonText))
                .findFirst().orElseThrow(() -> new AssertionError("no button " + buttonText + " among " + pane.getButtonTypes()));
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(type)).fire());
    }

    @Test
    void aDamagedDatabaseIsExplainedAndAFreshStartKeepsTheDamagedFile(FxRobot robot) throws Exception {
        byte[] garbage = "not a database at all ".repeat(300).getBytes();
        Files.write(folder.resolve("restride.db"), garbage);
        CompletableFuture<Optional<Workspace>> result = openInBackground(robot);
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText().contains("Restride has left it untouched"));
        press(robot, "Start fresh, keeping the damaged file");
        Optional<Workspace> opened = result.get(20, TimeUnit.SECONDS);
        assertTrue(opened.isPresent());
        try (Workspace workspace = opened.get()) {
            assertTrue(workspace.exercises().count() >= 150, "a fresh start has the library");
        }
        List<Path> aside = Files.list(folder).filter(p -> p.getFileName().toString().startsWith("restride.db.damaged")).toList();
        assertEquals(1, aside.size());
        assertArrayEquals(garbage, Files.readAllBytes(aside.get(0)), "the damaged file is kept as it was");
    }

    @Test
    void quittingLeavesTheDamagedFileWhereItWas(FxRobot robot) throws Exception {
        byte[] garbage = "still not a database ".repeat(300).getBytes();
        Files.write(folder.resolve("restride.db"), garbage);
        CompletableFuture<Optional<Workspace>> result = openInBackground(robot);
        press(robot, "Quit");
        assertTrue(result.get(20, TimeUnit.SECONDS).isEmpty());
        assertArrayEquals(garbage, Files.readAllBytes(folder.resolve("restride.db")));
    }
}
