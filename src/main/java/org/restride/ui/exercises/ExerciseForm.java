package org.restride.ui.exercises;

import org.restride.text.Words;
import org.restride.domain.ValidationException;
import org.restride.domain.Dosage;
import javafx.scene.control.Control;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.control.CheckComboBox;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Keyed;
import org.restride.domain.PelvicFloorDemand;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.ui.common.KeyedConverter;
import org.restride.ui.common.StoredText;
import org.restride.ui.roadmap.DosageEditor;

/** Every field of one of the clinic's own exercises; lists are written one entry a line. */
final class ExerciseForm extends GridPane {
    private final TextField name = new TextField();
    private final TextField summary = new TextField();
    private final TextArea steps = lines(5);
    private final TextArea cues = lines(3);
    private final TextArea mistakes = lines(2);
    private final TextArea watchFor = lines(2);
    private final TextField tags = new TextField();
    private final CheckComboBox<PhaseKind> phases = checks(PhaseKind.values());
    private final ComboBox<Region> region = choice(Region.values());
    private final CheckComboBox<Equipment> equipment = checks(Equipment.values());
    private final ComboBox<Position> position = choice(Position.values());
    private final ComboBox<ImpactLevel> impact = choice(ImpactLevel.values());
    private final ComboBox<PelvicFloorDemand> demand = choice(PelvicFloorDemand.values());
    private final DosageEditor dosage;
    private final Words words;
    private final StoredText stored;
    private Exercise shown;
    private int row;

    /**
     * @param clinicWords the clinic's words, read each time an exercise is shown: the text of a copy of a built-in
     *                    exercise shows its {clinician} and regional words as they print, and keeps them while left
     *                    as shown
     */
    ExerciseForm(Words words, Supplier<Words> clinicWords) {
        this.words = words;
        this.stored = new StoredText(clinicWords);
        this.dosage = new DosageEditor(words, stored);
        phases.setConverter(new KeyedConverter<>(words));
        region.setConverter(new KeyedConverter<>(words));
        equipment.setConverter(new KeyedConverter<>(words));
        position.setConverter(new KeyedConverter<>(words));
        impact.setConverter(new KeyedConverter<>(words));
        demand.setConverter(new KeyedConverter<>(words));
        setHgap(12);
        setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(160);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(240, 480, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, fields);
        name.setId("exercise-name-field");
        add("name", name);
        add("summary", summary);
        add("steps", steps);
        add("cues", cues);
        add("mistakes", mistakes);
        add("watchFor", watchFor);
        add("phases", phases);
        add("region", region);
        add("equipment", equipment);
        add("position", position);
        add("impact", impact);
        add("demand", demand);
        add("tags", tags);
        add("dosage", dosage);
    }

    void show(Exercise e) {
        shown = e;
        stored.refresh();
        name.setText(stored.shown(e.name()));
        summary.setText(stored.shown(e.summary()));
        steps.setText(stored.shown(String.join("\n", e.steps())));
        cues.setText(stored.shown(String.join("\n", e.cues())));
        mistakes.setText(stored.shown(String.join("\n", e.mistakes())));
        watchFor.setText(stored.shown(String.join("\n", e.watchFor())));
        tags.setText(String.join(", ", e.tags()));
        setChecked(phases, e.phases());
        region.setValue(e.region());
        setChecked(equipment, e.equipment());
        position.setValue(e.position());
        impact.setValue(e.impact());
        demand.setValue(e.pelvicFloorDemand());
        dosage.show(e.defaultDosage());
    }

    /** The exercise as edited (its rules are checked by the record). */
    Exercise read() {
        Dosage d = dosage.read();
        if (d == null) {
            throw new ValidationException("defaultDosage", "typed.dosage");
        }
        return new Exercise(shown.id(), stored.kept(shown.name(), name.getText()),
                stored.kept(shown.summary(), summary.getText()), lines(steps, shown.steps()), lines(cues, shown.cues()),
                lines(mistakes, shown.mistakes()), lines(watchFor, shown.watchFor()),
                List.copyOf(phases.getCheckModel().getCheckedItems()),
                region.getValue(), List.copyOf(equipment.getCheckModel().getCheckedItems()), position.getValue(),
                impact.getValue(), demand.getValue(),
                Arrays.stream(tags.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                d, shown.easierId(), shown.harderId(), shown.source(), shown.basedOnId(), shown.archived());
    }

    /** A field of lines as stored while it still shows them, else as typed, a line each. */
    private List<String> lines(TextArea area, List<String> storedLines) {
        return stored.showsAsStored(String.join("\n", storedLines), area.getText()) ? storedLines : split(area.getText());
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A field under its label, {@code ui-library.field.<name>}. */
    private void add(String name, Node field) {
        Label label = new Label(words.get("ui-library.field." + name));
        label.setLabelFor(field);
        if (field.getId() == null) {
            field.setId("exercise-" + name + "-field");
        }
        add(label, 0, row);
        add(field, 1, row++);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
    }

    static TextArea lines(int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static <E extends Enum<E> & Keyed> ComboBox<E> choice(E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        return box;
    }

    private static <E extends Enum<E> & Keyed> CheckComboBox<E> checks(E[] values) {
        CheckComboBox<E> box = new CheckComboBox<>();
        box.getItems().setAll(values);
        return box;
    }

    private static <E> void setChecked(CheckComboBox<E> box, List<E> values) {
        box.getCheckModel().clearChecks();
        values.forEach(v -> box.getCheckModel().check(v));
    }
}
