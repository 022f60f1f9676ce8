package org.restride.ui.visits;

import java.util.Locale;
import javafx.scene.layout.Region;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckBox;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The small pieces the visit form is made of: short number fields, section titles, and problems beside fields. */
final class Fields {
    private Fields() {
    }

    /** A short field for a number, bound both ways to what the view-model holds. */
    static TextField number(String id, StringProperty bound, double width, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        field.setMinWidth(width);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(bound);
        field.getStyleClass().add("visit-number");
        return field;
    }

    /** The problem under the key, shown (and taking room) only when there is one. */
    static Label problem(ObservableMap<String, String> problems, String key) {
        Label label = new Label();
        label.setId("problem-" + key.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT).replace(' ', '-'));
        label.getStyleClass().add("field-problem");
        label.setWrapText(true);
        label.textProperty().bind(Bindings.valueAt(problems, key));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("visit-section");
        return label;
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("exercise-detail");
        return label;
    }

    /** A tick box bound both ways to {@code bound}. */
    /** A tick box whose words wrap onto a second line rather than being cut short. */
    static CheckBox tick(String id, String text, BooleanProperty bound) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.setWrapText(true);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(bound);
        return box;
    }
}
