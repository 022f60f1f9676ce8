package org.restride.ui.visits;

import javafx.util.StringConverter;
import javafx.scene.layout.Region;
import javafx.scene.layout.ColumnConstraints;
import org.restride.text.Words;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.restride.domain.Roadmap;
import org.restride.domain.progress.Hydration;
import javafx.collections.FXCollections;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.Phrase;
import org.restride.domain.progress.SymptomContext;
import org.restride.domain.progress.RedFlag;

/** The visit form: the date, the checklist, the symptom check, red flags, readiness, diastasis, scores and notes. */
final class VisitFormView extends VBox {
    private final VisitFormViewModel model;
    private final VisitInputs inputs;
    private final SymptomInputs symptoms;
    private final ObservableMap<String, String> problems;
    private final TextField date;

    private final Words words;

    VisitFormView(VisitFormViewModel model, Words words) {
        super(10);
        this.model = model;
        this.words = words;
        this.inputs = model.inputs();
        this.symptoms = inputs.symptoms();
        this.problems = model.problems();
        getStyleClass().add("visit-form");
        setPadding(new Insets(12, 16, 20, 16));
        date = Fields.number("visit-date", inputs.dateProperty(), 124, "2026-10-01");
        getChildren().addAll(header(),
                section("exit"), phaseLine(), new ChecklistView(inputs, problems, model.wording()),
                section("symptoms"), symptomCheck(),
                redFlagTitle(), redFlags(),
                section("readiness"), readiness(),
                section("wellbeing"), WellbeingView.of(inputs, problems, model.wording()),
                section("diastasis"), new DiastasisView(inputs, problems, words),
                section("scores"), scores(),
                section("notes"), notes());
    }

    private Label section(String name) {
        return Fields.section(words.get("ui-visits.section." + name));
    }

    TextField dateField() {
        return date;
    }

    private Node header() {
        Label label = new Label(words.get("ui-visits.date"));
        label.setLabelFor(date);
        HBox row = new HBox(10, label, date);
        row.setAlignment(Pos.CENTER_LEFT);
        ComboBox<Roadmap> roadmaps = new ComboBox<>(model.roadmapChoices());
        roadmaps.setId("visit-roadmap");
        roadmaps.valueProperty().bindBidirectional(model.roadmapProperty());
        roadmaps.setCellFactory(v -> new RoadmapCell());
        roadmaps.setButtonCell(new RoadmapCell());
        roadmaps.visibleProperty().bind(Bindings.size(model.roadmapChoices()).greaterThan(1));
        roadmaps.managedProperty().bind(roadmaps.visibleProperty());
        row.getChildren().add(roadmaps);
        return new VBox(4, row, Fields.problem(problems, VisitInputs.DATE));
    }

    private Node phaseLine() {
        Label line = Fields.hint("");
        line.setId("visit-phase");
        line.textProperty().bind(Bindings.createStringBinding(() -> describe(model.roadmapProperty().get()),
                model.roadmapProperty()));
        return line;
    }

    private String describe(Roadmap r) {
        if (r == null) {
            return words.get("ui-visits.noRoadmap");
        }
        if (r.phases().isEmpty()) {
            return words.get("ui-visits.noPhases", r.title());
        }
        return words.get("ui-visits.phaseLine", r.currentPhase() + 1, r.phases().size(), r.current().name());
    }

    private Node symptomCheck() {
        FlowPane ticks = new FlowPane(16, 8);
        CheckBox none = Fields.tick("symptom-none", model.wording().say(Phrase.of("symptoms.none")), symptoms.none());
        none.getStyleClass().add("no-symptoms");
        ticks.getChildren().add(none);
        for (PelvicSymptom symptom : PelvicSymptom.values()) {
            CheckBox box = Fields.tick("symptom-" + symptom.key(), model.wording().say(symptom.phrase()), symptoms.ticked().get(symptom));
            ComboBox<SymptomContext> when = new ComboBox<>(FXCollections.observableArrayList(SymptomContext.values()));
            when.setId("symptom-" + symptom.key() + "-when");
            when.setPromptText(words.get("ui-visits.when"));
            when.setConverter(new StringConverter<>() {
                @Override
                public String toString(SymptomContext context) {
                    return context == null ? "" : model.wording().say(context.phrase());
                }

                @Override
                public SymptomContext fromString(String text) {
                    return null;
                }
            });
            when.valueProperty().bindBidirectional(symptoms.when().get(symptom));
            when.visibleProperty().bind(symptoms.ticked().get(symptom));
            when.managedProperty().bind(when.visibleProperty());
            ticks.getChildren().add(new HBox(6, box, when));
        }
        CheckBox worse = Fields.tick("worse-next-day", words.get("ui-visits.worseNextDay"), symptoms.worseNextDay());
        Label pain = new Label(words.get("ui-visits.pain"));
        TextField painField = Fields.number("symptom-pain", symptoms.pain(), 60, "0–10");
        pain.setLabelFor(painField);
        HBox painRow = new HBox(8, pain, painField, new Label("/10"), worse);
        HBox.setMargin(worse, new Insets(0, 0, 0, 16));
        painRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, ticks, painRow, Fields.problem(problems, VisitInputs.PAIN));
    }

    private Node redFlagTitle() {
        Label title = Fields.section(words.get("ui-visits.redFlags"));
        Label hint = Fields.hint(words.get("ui-visits.redFlagsHint"));
        HBox row = new HBox(10, title, hint);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private Node redFlags() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(8);
        for (int column = 0; column < 2; column++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
        }
        RedFlag[] flags = RedFlag.values();
        for (int i = 0; i < flags.length; i++) {
            RedFlag flag = flags[i];
            CheckBox box = Fields.tick("red-flag-" + flag.key(), model.wording().say(flag.clinicianPhrase()),
                    symptoms.redFlags().get(flag));
            box.getStyleClass().add("red-flag-tick");
            box.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.patientProperty().get() == null
                    || flag.appliesTo(model.patientProperty().get().deliveryType()), model.patientProperty()));
            box.managedProperty().bind(box.visibleProperty());
            grid.add(box, i % 2, i / 2);
        }
        return grid;
    }

    private Node readiness() {
        TextField sleep = Fields.number("readiness-sleep", inputs.readiness().sleep(), 54, "");
        TextField usual = Fields.number("readiness-usual-sleep", inputs.readiness().usualSleep(), 54, "");
        TextField fatigue = Fields.number("readiness-fatigue", inputs.readiness().fatigue(), 60, "0–10");
        ComboBox<Hydration> hydration = Choices.withNone("readiness-hydration", words.get("ui-visits.hydrationNotAsked"),
                List.of(Hydration.values()), h -> words.get("ui-visits.hydration", words.label(h).toLowerCase(Locale.ROOT)),
                inputs.readiness().hydration());
        FlowPane numbers = new FlowPane(8, 8, new Label(words.get("ui-visits.sleep")), sleep,
                new Label(words.get("ui-visits.sleepUsual")), usual,
                new Label(words.get("ui-visits.hours")), gap(),
                new Label(words.get("ui-visits.fatigue")), fatigue, new Label("/10"), gap(), hydration);
        numbers.setAlignment(Pos.CENTER_LEFT);
        TextField note = new TextField();
        note.setId("readiness-note");
        note.setPromptText(words.get("ui-visits.notePrompt"));
        note.textProperty().bindBidirectional(inputs.readiness().note());
        return new VBox(8, numbers, Fields.problem(problems, VisitInputs.SLEEP),
                Fields.problem(problems, VisitInputs.USUAL_SLEEP), Fields.problem(problems, VisitInputs.FATIGUE),
                note, Fields.problem(problems, VisitInputs.READINESS_NOTE));
    }

    private static Node gap() {
        Region gap = new Region();
        gap.setPrefWidth(10);
        return gap;
    }

    private Node scores() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int row = 0;
            for (ScoreInput score : inputs.measures().scores()) {
                String id = "score-" + score.measure().key();
                Label name = new Label(score.measure().name());
                TextField field = Fields.number(id, score.textProperty(), 66, "");
                name.setLabelFor(field);
                Label range = Fields.muted(words.get("ui-visits.scoreRange", score.measure().rangeWords()));
                Label band = new Label();
                band.getStyleClass().add("score-band");
                band.textProperty().bind(score.bandProperty());
                grid.addRow(row++, name, field, range, band);
                grid.add(Fields.problem(problems, VisitInputs.scoreKey(score.measure())), 0, row++, 4, 1);
            }
        };
        inputs.measures().scores().addListener((ListChangeListener<ScoreInput>) c -> fill.run());
        fill.run();
        return new VBox(6, Fields.hint(words.get("ui-visits.scoresHint")), grid);
    }

    private Node notes() {
        TextArea notes = new TextArea();
        notes.setId("visit-notes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(inputs.notesProperty());
        VBox.setVgrow(notes, Priority.NEVER);
        return new VBox(4, notes, Fields.problem(problems, VisitInputs.NOTES));
    }

    /** A roadmap in the chooser: its title and when it started. */
    private static final class RoadmapCell extends ListCell<Roadmap> {
        @Override
        protected void updateItem(Roadmap r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.title() + " · " + r.created());
        }
    }
}
