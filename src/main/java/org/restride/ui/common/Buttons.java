package org.restride.ui.common;

import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;

/** Buttons with an icon, an id for tests and keyboard users, and an action. */
public final class Buttons {
    private Buttons() {
    }

    public static Button of(String text, Ikon icon, String id, Runnable action) {
        Button button = new Button(text, Icons.of(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
