package org.restride.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.restride.app.DemoClinic;
import org.restride.app.Workspace;
import org.restride.text.Words;
import org.restride.ui.common.Navigator;

/** On a first start with no patients, offers to load the sample clinic so a newcomer sees a real roadmap. */
final class FirstStart {
    static final String OFFERED = "first-start.offered";

    private final Workspace workspace;
    private final Stage stage;
    private final Navigator navigator;
    private final Words words;

    FirstStart(Workspace workspace, Stage stage, Navigator navigator, Words words) {
        this.workspace = workspace;
        this.stage = stage;
        this.navigator = navigator;
        this.words = words;
    }

    void offerSampleClinic() {
        if (workspace.settings().get(OFFERED).isPresent() || !workspace.patients().search("").isEmpty()) {
            return;
        }
        workspace.settings().put(OFFERED, "yes");
        ButtonType load = new ButtonType(words.get("ui-opening.loadSample"), ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType(words.get("ui-opening.startEmpty"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, words.get("ui-opening.welcomeBody"), load, empty);
        alert.setTitle(words.get("ui-opening.welcome"));
        alert.setHeaderText(words.get("ui-opening.welcome"));
        alert.initOwner(stage);
        alert.showAndWait().filter(load::equals).ifPresent(b -> {
            DemoClinic.Result result = new DemoClinic(workspace).fill();
            if (!result.roadmaps().isEmpty()) {
                navigator.openRoadmap(result.roadmaps().get(0).id());
            }
        });
    }
}
