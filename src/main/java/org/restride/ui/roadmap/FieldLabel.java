package org.restride.ui.roadmap;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The visible name of an editor field, above it: wraps rather than cut, and is what a screen reader says for it. */
final class FieldLabel {
    private FieldLabel() {
    }

    /** A label naming {@code control}, which takes its text as its accessible text. */
    static Label of(String text, Node control) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        control.setAccessibleText(text);
        return label;
    }

    /** The control under its label. */
    static VBox above(String text, Node control) {
        return new VBox(2, of(text, control), control);
    }
}
