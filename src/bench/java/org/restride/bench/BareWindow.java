package org.restride.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.restride.FirstFrameProbe;

/**
 * The start-up baseline: a bare JavaFX window with one label, timed to its first frame like the app. With the
 * argument {@code --themed} it first takes the app's theme (AtlantaFX Primer), to show what the theme alone costs.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (the main class must not be an Application when JavaFX is on the class path). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            if (getParameters().getRaw().contains("--themed")) {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
            }
            Scene scene = new Scene(new StackPane(new Label("Restride")), 1280, 760);
            stage.setScene(scene);
            stage.setTitle("Restride");
            stage.show();
            FirstFrameProbe.attachIfAsked(scene);
        }
    }
}
