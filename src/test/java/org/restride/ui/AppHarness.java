package org.restride.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.text.Words;
import org.restride.ui.exercises.FileDialogs;
import org.restride.ui.exercises.SystemFileDialogs;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real window on a data folder for a UI test, and takes pictures of it (shared by every feature's UI tests). */
public final class AppHarness {
    public static final int WIDTH = 1366;
    public static final int HEIGHT = 768;

    public final Workspace workspace;
    public final CompositionRoot root;
    public final Scene scene;

    private AppHarness(Workspace workspace, CompositionRoot root, Scene scene) {
        this.workspace = workspace;
        this.root = root;
        this.scene = scene;
    }

    /** Opens the window on the folder, sized like a 1366×768 laptop screen. Call on the FX thread (a @Start method). */
    public static AppHarness start(Stage stage, Path folder) {
        return start(stage, folder, new SystemFileDialogs(Words.english()));
    }

    /** Fills the folder with the sample clinic (Maya's roadmap is 1), then opens the window on it. */
    public static AppHarness startOnSampleClinic(Stage stage, Path folder) {
        return startOnSampleClinic(stage, folder, new SystemFileDialogs(Words.english()));
    }

    /** The same, asking {@code files} where the window would show a file dialog. */
    public static AppHarness startOnSampleClinic(Stage stage, Path folder, FileDialogs files) {
        try (Workspace w = Workspace.open(folder)) {
            new DemoClinic(w).fill();
        }
        return start(stage, folder, files);
    }

    /** The same, asking {@code files} where the window would show a file dialog. */
    public static AppHarness start(Stage stage, Path folder, FileDialogs files) {
        Workspace workspace = Workspace.open(folder);
        workspace.settings().put("window.bounds", "0,0," + WIDTH + "," + HEIGHT + ",0");
        CompositionRoot root = new CompositionRoot(workspace, stage, backup -> { }, files);
        Scene scene = root.show();
        return new AppHarness(workspace, root, scene);
    }

    /** Waits until every save handed to the window's writer is written and the window has shown what followed. */
    public void settle() {
        root.writer().awaitIdle();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window's close box, as the PT clicks it (the close may be held back: the window asks first). */
    public void clickCloseBox() {
        Window window = scene.getWindow();
        onFx(() -> Event.fireEvent(window, new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    public void close() {
        onFx(() -> scene.getWindow().hide());
        root.close();
        workspace.close();
    }

    /** Writes what the window shows now to target/screenshots/NAME.png. */
    public void screenshot(String name) throws Exception {
        screenshot(scene, name);
    }

    /** Writes what a scene (the main window's, or another window's) shows now to target/screenshots/NAME.png. */
    public static void screenshot(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File file = dir.resolve(name + ".png").toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file);
    }

    public static void onFx(Runnable work) {
        try {
            run(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Runnable work) throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static boolean fxThread() {
        return Platform.isFxApplicationThread();
    }
}
