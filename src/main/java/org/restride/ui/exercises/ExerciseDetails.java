package org.restride.ui.exercises;

import org.restride.app.DoseLine;
import org.restride.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.restride.domain.Exercise;

/**
 * A built-in exercise as the patient would read it ({clinician} and regional words filled as her handout fills
 * them), plus what the PT filters by.
 */
final class ExerciseDetails extends VBox {
    private final Words words;
    private final boolean placing;
    private final Supplier<Words> patientWords;

    /**
     * @param words        the window's words (headings, where it fits)
     * @param placing      whether to add where the exercise fits (phases, region, equipment), in the window's words
     * @param patientWords the words of the text shown as the clinic's handout in its language has them ({clinician},
     *                     regional words, the dose line), asked each time an exercise is shown (the clinic's settings
     *                     may have changed)
     */
    ExerciseDetails(Words words, boolean placing, Supplier<Words> patientWords) {
        super(10);
        this.words = words;
        this.placing = placing;
        this.patientWords = patientWords;
        getStyleClass().add("exercise-details");
    }

    void show(Exercise e) {
        getChildren().clear();
        Words patient = patientWords.get();
        UnaryOperator<String> fill = patient::fill;
        text(fill.apply(e.summary()), "lead");
        text(fill.apply(new DoseLine(patient).line(e.defaultDosage())), "dosage-line");
        heading("ui-library.field.steps");
        for (int i = 0; i < e.steps().size(); i++) {
            text(words.get("ui-library.step", i + 1, fill.apply(e.steps().get(i))), null);
        }
        list("ui-library.field.cues", e.cues(), fill);
        list("ui-library.field.mistakes", e.mistakes(), fill);
        list("ui-library.field.watchFor", e.watchFor(), fill);
        if (!placing) {
            return;
        }
        heading("ui-library.fits");
        text(words.get("ui-library.fitsLine", join(e.phases()), words.label(e.region()), words.label(e.position()),
                join(e.equipment()), words.label(e.impact()).toLowerCase(Locale.ROOT),
                words.label(e.pelvicFloorDemand()).toLowerCase(Locale.ROOT)), "hint");
    }

    private void list(String titleKey, List<String> lines, UnaryOperator<String> fill) {
        if (lines.isEmpty()) {
            return;
        }
        heading(titleKey);
        lines.forEach(line -> text(words.get("ui-library.bullet", fill.apply(line)), null));
    }

    private void heading(String key) {
        text(words.get(key), "title-4");
    }

    private void text(String value, String style) {
        Label label = new Label(value);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        getChildren().add(label);
    }

    private String join(List<? extends Enum<?>> values) {
        return values.stream().map(words::label).collect(Collectors.joining(", "));
    }
}
