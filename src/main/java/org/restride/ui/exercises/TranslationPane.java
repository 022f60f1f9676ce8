package org.restride.ui.exercises;

import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.restride.domain.Exercise;
import org.restride.text.Words;
import org.restride.ui.roadmap.Commits;

/**
 * An exercise's patient-facing text in another language, folded under the exercise: the same fields as the
 * English form for the clinic's own exercises (each committed on Enter or on leaving it), the text as the patient
 * reads it for a built-in one. The English of each field shows, greyed, in the empty field (a text area's prompt
 * is one line: its entries are parted by a slash).
 */
final class TranslationPane extends TitledPane {
    private final TranslationViewModel model;
    private final Words words;
    private final GridPane fields = new GridPane();
    private final TextField name = new TextField();
    private final TextField summary = new TextField();
    private final TextArea steps = ExerciseForm.lines(5);
    private final TextArea cues = ExerciseForm.lines(3);
    private final TextArea mistakes = ExerciseForm.lines(2);
    private final TextArea watchFor = ExerciseForm.lines(2);
    private final TextField tempo = new TextField();
    private final TextField note = new TextField();
    private final ExerciseDetails readOnly;
    private final Label none = new Label();
    private final Label hint = new Label();
    private final Label message = new Label();
    private final VBox body = new VBox(10);
    private int row;

    /** @param clinicWords the clinic's words in a language, as its handout in that language fills built-in text */
    TranslationPane(TranslationViewModel model, Function<String, Words> clinicWords) {
        this.model = model;
        this.words = model.words();
        this.readOnly = new ExerciseDetails(words, false, () -> clinicWords.apply(model.language()));
        String code = model.language();
        setId(code + "-text");
        fields.setHgap(12);
        fields.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(160);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints wide = new ColumnConstraints(240, 480, Double.MAX_VALUE);
        wide.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().addAll(labels, wide);
        add("name", name, model.nameProperty());
        add("summary", summary, model.summaryProperty());
        add("steps", steps, model.stepsProperty());
        add("cues", cues, model.cuesProperty());
        add("mistakes", mistakes, model.mistakesProperty());
        add("watchFor", watchFor, model.watchForProperty());
        add("tempo", tempo, model.tempoProperty());
        add("note", note, model.noteProperty());
        for (Label label : new Label[] {hint, none, message}) {
            label.setWrapText(true);
            label.getStyleClass().add("hint");
        }
        hint.setText(words.get("ui-translation.hint", model.languageName()));
        none.setText(words.get("ui-translation.none", model.languageName()));
        message.setId(code + "-text-message");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        setContent(body);
        setExpanded(false);
        model.editableProperty().addListener(o -> layoutFor());
        model.translatedProperty().addListener(o -> layoutFor());
        layoutFor();
    }

    /** Shows the exercise's text; the section opens when the exercise has one. */
    void show(Exercise exercise) {
        model.show(exercise);
        setExpanded(model.translatedProperty().get() != null);
        showEnglishHints(exercise);
    }

    private void layoutFor() {
        boolean own = model.editableProperty().get();
        setText(words.get(own ? "ui-translation.title.own" : "ui-translation.title.builtIn", model.languageName()));
        Exercise translated = model.translatedProperty().get();
        if (own) {
            body.getChildren().setAll(hint, fields, message);
        } else if (translated != null) {
            readOnly.show(translated);
            body.getChildren().setAll(readOnly);
        } else {
            body.getChildren().setAll(none);
        }
    }

    private void showEnglishHints(Exercise e) {
        if (e == null) {
            return;
        }
        name.setPromptText(e.name());
        summary.setPromptText(e.summary());
        steps.setPromptText(String.join("  /  ", e.steps()));
        cues.setPromptText(String.join("  /  ", e.cues()));
        mistakes.setPromptText(String.join("  /  ", e.mistakes()));
        watchFor.setPromptText(String.join("  /  ", e.watchFor()));
        tempo.setPromptText(e.defaultDosage().tempo() == null ? "" : e.defaultDosage().tempo());
        note.setPromptText(e.defaultDosage().note() == null ? "" : e.defaultDosage().note());
    }

    private void add(String field, TextInputControl control, StringProperty value) {
        Label label = new Label(words.get("ui-translation.field." + field));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        control.setId(model.language() + "-" + field);
        control.setMaxWidth(Double.MAX_VALUE);
        control.textProperty().bindBidirectional(value);
        Commits.onLeave(control, model::commit);
        fields.add(label, 0, row);
        fields.add(control, 1, row++);
    }
}
