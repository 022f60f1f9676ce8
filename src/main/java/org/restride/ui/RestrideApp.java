package org.restride.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.restride.app.DataFolder;
import org.restride.app.Workspace;

/** The window. The data folder arrives as a launch parameter, so nothing is shared through static state. */
public final class RestrideApp extends Application {
    private static final String DATA_DIR = "data-dir";

    private Workspace workspace;

    /** Opens the window on the data folder and returns when it closes. */
    public static void open(Path dataFolder) {
        Application.launch(RestrideApp.class, "--" + DATA_DIR + "=" + dataFolder);
    }

    @Override
    public void init() {
        String given = getParameters().getNamed().get(DATA_DIR);
        workspace = Workspace.open(DataFolder.resolve(given == null ? null : Path.of(given)));
    }

    @Override
    public void start(Stage stage) {
        int exercises = workspace.exercises().count();
        Label label = new Label("Restride\n\n" + exercises + " exercises in the library.");
        stage.setScene(new Scene(new StackPane(label), 1100, 720));
        stage.setTitle("Restride");
        stage.show();
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.close();
        }
    }
}
