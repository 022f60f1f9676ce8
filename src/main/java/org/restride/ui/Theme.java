package org.restride.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;

/** The AtlantaFX look, light or dark, with Restride's own colours on top. */
final class Theme {
    private static final String APP = Theme.class.getResource("restride.css").toExternalForm();
    private static final String DARK = Theme.class.getResource("restride-dark.css").toExternalForm();

    private final BooleanProperty dark;

    Theme(BooleanProperty dark) {
        this.dark = dark;
    }

    void applyTo(Scene scene) {
        apply(scene, dark.get());
        dark.addListener((o, was, now) -> apply(scene, now));
    }

    private static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        scene.getStylesheets().setAll(APP);
        if (dark) {
            scene.getStylesheets().add(DARK);
        }
    }
}
