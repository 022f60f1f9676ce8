package org.restride.ui.exercises;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.restride.domain.Exercise;
import org.restride.domain.Keyed;

/** A built-in exercise as the patient would read it, plus what the PT filters by. */
final class ExerciseDetails extends VBox {
    ExerciseDetails() {
        super(10);
        getStyleClass().add("exercise-details");
    }

    void show(Exercise e) {
        getChildren().clear();
        text(e.summary(), "lead");
        text(e.defaultDosage().line(), "dosage-line");
        heading("Steps");
        for (int i = 0; i < e.steps().size(); i++) {
            text((i + 1) + ".  " + e.steps().get(i), null);
        }
        list("Cues", e.cues());
        list("Common mistakes", e.mistakes());
        list("Watch for", e.watchFor());
        heading("Where it fits");
        text(join(e.phases()) + " · " + e.region().label() + " · " + e.position().label() + " · equipment: "
                + join(e.equipment()) + " · impact " + e.impact().label().toLowerCase() + " · pelvic-floor demand "
                + e.pelvicFloorDemand().label().toLowerCase(), "hint");
    }

    private void list(String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        heading(title);
        lines.forEach(line -> text("•  " + line, null));
    }

    private void heading(String title) {
        text(title, "title-4");
    }

    private void text(String value, String style) {
        Label label = new Label(value);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        getChildren().add(label);
    }

    private static String join(List<? extends Keyed> values) {
        return values.stream().map(Keyed::label).collect(Collectors.joining(", "));
    }
}
