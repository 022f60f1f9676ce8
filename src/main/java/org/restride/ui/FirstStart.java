package org.restride.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.ui.common.Navigator;

/** On a first start with no patients, offers to load the sample clinic so a newcomer sees a real roadmap. */
final class FirstStart {
    static final String OFFERED = "first-start.offered";

    private final Workspace workspace;
    private final Stage stage;
    private final Navigator navigator;

    FirstStart(Workspace workspace, Stage stage, Navigator navigator) {
        this.workspace = workspace;
        this.stage = stage;
        this.navigator = navigator;
    }

    void offerSampleClinic() {
        if (workspace.settings().get(OFFERED).isPresent() || !workspace.patients().search("").isEmpty()) {
            return;
        }
        workspace.settings().put(OFFERED, "yes");
        ButtonType load = new ButtonType("Load the sample clinic", ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType("Start empty", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "Restride has its exercise library and templates ready. "
                + "Would you like three sample patients with real roadmaps to look around? You can delete them later.",
                load, empty);
        alert.setTitle("Welcome to Restride");
        alert.setHeaderText("Welcome to Restride");
        alert.initOwner(stage);
        alert.showAndWait().filter(load::equals).ifPresent(b -> {
            DemoClinic.Result result = new DemoClinic(workspace).fill();
            if (!result.roadmaps().isEmpty()) {
                navigator.openRoadmap(result.roadmaps().get(0).id());
            }
        });
    }
}
