package org.restride.ui.patients;

import java.util.HashMap;
import java.util.Locale;
import javafx.scene.control.Control;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.restride.domain.DeliveryType;
import org.restride.text.Words;
import org.restride.ui.common.KeyedConverter;
import org.restride.ui.common.LanguageChoice;

/** Every field of a patient, each with its problem (if any) shown beside it as the PT types. */
final class PatientFormView extends GridPane {
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final TextField name = new TextField();
    private int row;

    PatientFormView(PatientFormViewModel model, Words words) {
        getStyleClass().add("patient-form");
        setHgap(12);
        setVgap(10);
        setPadding(new Insets(4, 0, 4, 0));
        ColumnConstraints labels = new ColumnConstraints(150);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(220, 340, 460);
        ColumnConstraints problems = new ColumnConstraints(160, 260, Double.MAX_VALUE);
        problems.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields, problems);

        name.setId("patient-name");
        name.setPromptText(words.get("ui-patients.namePrompt"));
        name.textProperty().bindBidirectional(model.nameProperty());
        add(words.get("ui-patients.field.name"), name, PatientFormViewModel.NAME);

        TextField delivery = new TextField();
        delivery.setId("patient-delivery-date");
        delivery.setPromptText(words.get("ui-patients.deliveryPrompt"));
        delivery.textProperty().bindBidirectional(model.deliveryDateProperty());
        Label weeks = new Label();
        weeks.setId("patient-weeks");
        weeks.getStyleClass().add("weeks-postpartum");
        weeks.textProperty().bind(model.weeksPostpartumProperty());
        add(words.get("ui-patients.field.deliveryDate"), delivery, PatientFormViewModel.DELIVERY_DATE);
        add(weeks, 1, row++);

        ComboBox<DeliveryType> type = new ComboBox<>();
        type.setId("patient-delivery-type");
        type.getItems().setAll(DeliveryType.values());
        type.setConverter(new KeyedConverter<>(words));
        type.valueProperty().bindBidirectional(model.deliveryTypeProperty());
        add(words.get("ui-patients.field.deliveryType"), type, "deliveryType");

        ComboBox<Integer> tear = new ComboBox<>();
        tear.setId("patient-tear");
        tear.getItems().setAll(null, 0, 1, 2, 3, 4);
        tear.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer grade) {
                return words.get(grade == null ? "ui-patients.tear.notRecorded"
                        : grade == 0 ? "ui-patients.tear.none" : "ui-patients.tear.grade", grade);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        tear.valueProperty().bindBidirectional(model.tearGradeProperty());
        add(words.get("ui-patients.field.tear"), tear, PatientFormViewModel.TEAR);

        Spinner<Integer> births = new Spinner<>(1, 20, 1);
        births.setId("patient-births");
        births.setEditable(true);
        births.getValueFactory().valueProperty().addListener((o, old, now) -> model.birthsProperty().set(now));
        model.birthsProperty().addListener((o, old, now) -> births.getValueFactory().setValue(now.intValue()));
        add(words.get("ui-patients.field.births"), births, PatientFormViewModel.BIRTHS);

        CheckBox feeding = new CheckBox(words.get("ui-patients.breastfeeding"));
        feeding.setId("patient-breastfeeding");
        feeding.selectedProperty().bindBidirectional(model.breastfeedingProperty());
        add("", feeding, "breastfeeding");

        TextField born = new TextField();
        born.setId("patient-date-of-birth");
        born.setPromptText(words.get("ui-patients.optional"));
        born.textProperty().bindBidirectional(model.dateOfBirthProperty());
        add(words.get("ui-patients.field.dateOfBirth"), born, PatientFormViewModel.BIRTH_DATE);

        ComboBox<LanguageChoice> language = new ComboBox<>(model.languageChoices());
        language.setId("patient-handout-language");
        language.valueProperty().bindBidirectional(model.handoutLanguageProperty());
        add(words.get("language-choice.label"), language, "handoutLanguage");

        TextArea goals = new TextArea();
        goals.setId("patient-goals");
        goals.setPromptText(words.get("ui-patients.goalsPrompt"));
        goals.setPrefRowCount(3);
        goals.setWrapText(true);
        goals.textProperty().bindBidirectional(model.goalsProperty());
        add(words.get("ui-patients.field.goals"), goals, PatientFormViewModel.GOALS);

        TextArea notes = new TextArea();
        notes.setId("patient-notes");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(model.notesProperty());
        add(words.get("ui-patients.field.notes"), notes, PatientFormViewModel.NOTES);

        model.problems().addListener((MapChangeListener<String, String>) change -> showProblems(model));
        showProblems(model);
    }

    TextField nameField() {
        return name;
    }

    private void add(String title, Node field, String problemKey) {
        Label label = new Label(title);
        label.setLabelFor(field);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setId("problem-" + problemKey.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
        problemLabels.put(problemKey, problem);
        add(label, 0, row);
        add(field, 1, row);
        add(problem, 2, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        row++;
    }

    private void showProblems(PatientFormViewModel model) {
        problemLabels.forEach((key, label) -> label.setText(model.problems().getOrDefault(key, "")));
    }

}
