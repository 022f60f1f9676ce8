package org.restride.bench;

import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.restride.app.Workspace;
import org.restride.ui.CompositionRoot;

/**
 * The memory figure: the real window (the same composition root the app builds) on a data folder, with a
 * roadmap opened in the editor. Once the window has settled it prints {@link #READY}; the harness then reads
 * the process's resident memory and ends it.
 */
public final class MemoryProbe {
    static final String READY = "restride-bench: settled";
    private static final Duration SETTLE = Duration.seconds(3);

    private MemoryProbe() {
    }

    /** Arguments: the data folder, the roadmap to open. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The app's window, opened on the roadmap. */
    public static final class Window extends Application {
        private Workspace workspace;
        private CompositionRoot root;

        @Override
        public void start(Stage stage) {
            Path folder = Path.of(getParameters().getRaw().get(0));
            long roadmap = Long.parseLong(getParameters().getRaw().get(1));
            workspace = Workspace.open(folder);
            root = new CompositionRoot(workspace, stage, backup -> { });
            root.show();
            Platform.runLater(() -> {
                root.openRoadmap(roadmap);
                PauseTransition wait = new PauseTransition(SETTLE);
                wait.setOnFinished(e -> {
                    System.out.println(READY);
                    System.out.flush();
                });
                wait.play();
            });
        }

        @Override
        public void stop() {
            root.close();
            workspace.close();
        }
    }
}
