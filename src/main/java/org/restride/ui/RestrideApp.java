package org.restride.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.restride.app.DataFolder;
import org.restride.app.Workspace;
import org.restride.store.StoreException;

/** The window. The data folder arrives as a launch parameter, so nothing is shared through static state. */
public final class RestrideApp extends Application {
    private static final String DATA_DIR = "data-dir";

    private Workspace workspace;
    private CompositionRoot root;

    /** Opens the window on the data folder and returns when it closes. */
    public static void open(Path dataFolder) {
        Application.launch(RestrideApp.class, "--" + DATA_DIR + "=" + dataFolder);
    }

    @Override
    public void start(Stage stage) {
        String given = getParameters().getNamed().get(DATA_DIR);
        try {
            workspace = Workspace.open(DataFolder.resolve(given == null ? null : Path.of(given)));
        } catch (StoreException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setTitle("Restride cannot open its data");
            alert.setHeaderText("Restride cannot open its data folder");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        root = new CompositionRoot(workspace, stage);
        root.show();
    }

    @Override
    public void stop() {
        if (root != null) {
            root.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}
