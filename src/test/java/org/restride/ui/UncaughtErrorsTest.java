package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Logs;
import org.restride.text.Words;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody planned for: logged without patient data, told in a plain dialog, the window still works. */
@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {
    @TempDir
    static Path folder;
    private final AtomicInteger counted = new AtomicInteger();
    private Logs logs;
    private Thread.UncaughtExceptionHandler before;

    @Start
    void start(Stage stage) {
        logs = Logs.start(folder);
        before = Thread.getDefaultUncaughtExceptionHandler();
        new UncaughtErrors(Words.english(), () -> stage).install();
        Button broken = new Button("Break");
        broken.setId("break");
        broken.setOnAction(e -> {
            throw new IllegalStateException("Maya Okafor, born 1994-05-02", new IllegalArgumentException("Maya again"));
        });
        Button count = new Button("Count");
        count.setId("count");
        count.setOnAction(e -> counted.incrementAndGet());
        stage.setScene(new Scene(new HBox(8, broken, count), 300, 100));
        stage.show();
    }

    @AfterEach
    void restore() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.setDefaultUncaughtExceptionHandler(before);
        logs.close();
    }

    @Test
    void aFailedClickIsLoggedAndToldAndTheWindowCarriesOn(FxRobot robot) throws Exception {
        robot.clickOn("#break");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unexpected-error").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
        assertEquals(Words.english().get("errors.unexpected.header"), pane.getHeaderText());
        assertTrue(pane.getContentText().contains("you can carry on working"), pane.getContentText());

        robot.clickOn("#break");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#unexpected-error").queryAll().size(), "a second error does not stack a second dialog");

        robot.interact(() -> pane.getScene().getWindow().hide());
        robot.clickOn("#count");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, counted.get(), "the window still answers");

        String log = Files.readString(logs.currentFile());
        assertTrue(log.contains("java.lang.IllegalStateException"), log);
        assertTrue(log.contains("java.lang.IllegalArgumentException"), "the cause's type too: " + log);
        assertTrue(log.contains("at " + UncaughtErrorsTest.class.getName()), "the frames: " + log);
        assertFalse(log.contains("Maya"), "no patient data in the log: " + log);
    }

    @Test
    void anErrorOnAnotherThreadIsToldOnTheWindowsThread(FxRobot robot) throws Exception {
        Thread worker = new Thread(() -> {
            throw new UnsupportedOperationException("Léa Martin");
        }, "restride-test-worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#unexpected-error").tryQuery().isPresent());
        String log = Files.readString(logs.currentFile());
        assertTrue(log.contains("java.lang.UnsupportedOperationException"), log);
        assertFalse(log.contains("Léa"), log);
        robot.interact(() -> robot.lookup("#unexpected-error").queryAs(DialogPane.class).getScene().getWindow().hide());
    }
}
