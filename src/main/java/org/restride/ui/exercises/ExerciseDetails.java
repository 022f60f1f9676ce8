package org.restride.ui.exercises;

import org.restride.app.DoseLine;
import org.restride.text.Words;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.restride.domain.Exercise;

/** A built-in exercise as the patient would read it, plus what the PT filters by. */
final class ExerciseDetails extends VBox {
    private static final Words WORDS = Words.english();
    private final Words patientWords;
    private final boolean placing;

    ExerciseDetails() {
        this(WORDS, true);
    }

    /**
     * @param patientWords the words of the dose line (the handout's language)
     * @param placing      whether to add where the exercise fits (phases, region, equipment), in the window's words
     */
    ExerciseDetails(Words patientWords, boolean placing) {
        super(10);
        this.patientWords = patientWords;
        this.placing = placing;
        getStyleClass().add("exercise-details");
    }

    void show(Exercise e) {
        getChildren().clear();
        text(e.summary(), "lead");
        text(new DoseLine(patientWords).line(e.defaultDosage()), "dosage-line");
        heading("Steps");
        for (int i = 0; i < e.steps().size(); i++) {
            text((i + 1) + ".  " + e.steps().get(i), null);
        }
        list("Cues", e.cues());
        list("Common mistakes", e.mistakes());
        list("Watch for", e.watchFor());
        if (!placing) {
            return;
        }
        heading("Where it fits");
        text(join(e.phases()) + " · " + WORDS.label(e.region()) + " · " + WORDS.label(e.position()) + " · equipment: "
                + join(e.equipment()) + " · impact " + WORDS.label(e.impact()).toLowerCase() + " · pelvic-floor demand "
                + WORDS.label(e.pelvicFloorDemand()).toLowerCase(), "hint");
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

    private static String join(List<? extends Enum<?>> values) {
        return values.stream().map(WORDS::label).collect(Collectors.joining(", "));
    }
}
