package org.restride.ui.roadmap;

import org.restride.app.Problems;
import org.restride.text.Words;
import org.restride.app.DoseLine;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Intensity;
import org.restride.domain.ValidationException;
import org.restride.domain.WeightUnit;
import org.restride.ui.common.GrowingText;
import org.restride.ui.common.KeyedConverter;
import org.restride.ui.common.StoredText;

/**
 * Edits one dosage in place. A typed field is handed on when the PT presses Enter or leaves it, a choice at once,
 * each with the field's name ("rest") so that undo can name it; the printed line shows live as she types, and a
 * value that breaks a rule is explained instead.
 */
public final class DosageEditor extends VBox {
    private final Words words;
    private final DoseLine dose;
    private final StoredText stored;
    private static final String NONE = "—";
    private static final String BAND = "band";

    private final Spinner<Integer> sets = spinner(1, 10);
    private final ComboBox<DoseUnit> unit = new ComboBox<>();
    private final Spinner<Integer> min = spinner(1, 10_000);
    private final TextField max = field("", 3);
    private final CheckBox eachSide = new CheckBox();
    private final TextField rest = field("", 3);
    private final TextField perDay = field("", 2);
    private final TextField perWeek = field("", 2);
    private final ComboBox<String> intensityKind = new ComboBox<>();
    private final TextField intensityValue = field("", 4);
    private final TextArea tempo = new TextArea();
    private final TextArea note = new TextArea();
    private final Label line = new Label();
    private final Label problem = new Label();
    private BiConsumer<String, Dosage> onChange = (field, d) -> { };
    private boolean loading;
    private Dosage saved;

    /** A dosage editor whose tempo and note show stored placeholders filled with {@code words}. */
    public DosageEditor(Words words) {
        this(words, new StoredText(() -> words));
    }

    /** A dosage editor in {@code words}; the tempo and note show as {@code stored} fills them. */
    public DosageEditor(Words words, StoredText stored) {
        super(6);
        this.words = words;
        this.stored = stored;
        this.dose = new DoseLine(words);
        eachSide.setText(words.get("editor.ui.eachSide"));
        intensityKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String kind) {
                return BAND.equals(kind) ? words.get("editor.ui.band") : kind;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        getStyleClass().add("dosage-editor");
        setPadding(new Insets(4, 0, 10, 0));
        unit.getItems().setAll(DoseUnit.values());
        unit.setConverter(new KeyedConverter<>(words));
        unit.setMinWidth(Region.USE_PREF_SIZE); // as wide as its longest unit ("Hold seconds")
        intensityKind.getItems().setAll(NONE, "RPE", "kg", "lb", BAND);
        intensityKind.setValue(NONE);
        note.setPromptText(words.get("editor.ui.notePrompt"));
        note.setId("dosage-note");
        sets.setId("dosage-sets");
        min.setId("dosage-amount");
        max.setId("dosage-max");
        rest.setId("dosage-rest");
        perDay.setId("dosage-per-day");
        perWeek.setId("dosage-per-week");
        intensityValue.setId("dosage-intensity");
        tempo.setId("dosage-tempo");
        line.setId("dosage-line");
        line.getStyleClass().add("dosage-line");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        FlowPane fields = new FlowPane(8, 6, labelled("sets", sets), labelled("amount", min), labelled("to", max),
                labelled("unit", unit), labelled("rest", rest), labelled("perDay", perDay),
                labelled("perWeek", perWeek), labelled("intensity", intensityKind, intensityValue),
                labelled(null, eachSide));
        fields.setAlignment(Pos.CENTER_LEFT);
        // The tempo and the note are the PT's words: each the width of the pane, growing a line at a time.
        GrowingText.fitOneParagraph(tempo, 1, () -> changed("tempo"));
        GrowingText.fitOneParagraph(note, 1, () -> changed("dosageNote"));
        getChildren().addAll(line, fields, labelled("tempo", tempo), labelled("doseNote", note), problem);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        sets.valueProperty().addListener(o -> changed("sets"));
        min.valueProperty().addListener(o -> changed("amount"));
        Commits.onLeave(sets);
        Commits.onLeave(min);
        unit.valueProperty().addListener(o -> changed("unit"));
        eachSide.selectedProperty().addListener(o -> changed("eachSide"));
        intensityKind.valueProperty().addListener(o -> changed("intensity"));
        commitOnLeave(max, "max");
        commitOnLeave(rest, "rest");
        commitOnLeave(perDay, "perDay");
        commitOnLeave(perWeek, "perWeek");
        commitOnLeave(intensityValue, "intensity");
        commitOnLeave(tempo, "tempo");
        commitOnLeave(note, "dosageNote");
    }

    private void commitOnLeave(TextInputControl field, String name) {
        field.textProperty().addListener(o -> preview());
        Commits.onLeave(field, () -> changed(name), this::revert);
    }

    /** Puts the keyboard in the first field, Sets. */
    void focusFirstField() {
        sets.requestFocus();
    }

    /** Hears each committed change: the field's name and the new dosage. */
    public void onChange(BiConsumer<String, Dosage> listener) {
        this.onChange = listener;
    }

    /** Shows a dosage without handing it back as a change. */
    public void show(Dosage d) {
        saved = d;
        if (d.equals(read())) {
            return;
        }
        fill(d);
    }

    /** Puts the shown dosage back in every field (Escape); true if a field had changed. */
    private boolean revert() {
        if (saved == null || saved.equals(read())) {
            problem.setText("");
            return false;
        }
        fill(saved);
        return true;
    }

    private void fill(Dosage d) {
        loading = true;
        try {
            sets.getValueFactory().setValue(d.sets());
            unit.setValue(d.amount().unit());
            min.getValueFactory().setValue(d.amount().min());
            max.setText(text(d.amount().max()));
            eachSide.setSelected(d.eachSide());
            rest.setText(text(d.restSeconds()));
            perDay.setText(text(d.timesPerDay()));
            perWeek.setText(text(d.daysPerWeek()));
            showIntensity(d.intensity());
            tempo.setText(stored.shown(d.tempo()));
            note.setText(stored.shown(d.note()));
        } finally {
            loading = false;
        }
        line.setText(dose.line(d));
        problem.setText("");
    }

    private void showIntensity(Intensity intensity) {
        if (intensity instanceof Intensity.Rpe rpe) {
            intensityKind.setValue("RPE");
            intensityValue.setText(Integer.toString(rpe.value()));
        } else if (intensity instanceof Intensity.Load load) {
            intensityKind.setValue(load.unit() == WeightUnit.KG ? "kg" : "lb");
            intensityValue.setText(load.amount());
        } else if (intensity instanceof Intensity.Band band) {
            intensityKind.setValue(BAND);
            intensityValue.setText(band.colour());
        } else {
            intensityKind.setValue(NONE);
            intensityValue.setText("");
        }
    }

    private void changed(String field) {
        Dosage d = preview();
        if (d != null) {
            onChange.accept(field, d);
        }
    }

    /** Shows the printed line as the PT types, before anything is committed; null while loading or invalid. */
    private Dosage preview() {
        if (loading) {
            return null;
        }
        Dosage d = read();
        if (d != null) {
            line.setText(dose.line(d));
            problem.setText("");
        }
        return d;
    }

    /** The dosage the fields describe, or null (with the problem shown) when they break a rule. */
    public Dosage read() {
        try {
            Amount amount = new Amount(unit.getValue() == null ? DoseUnit.REPS : unit.getValue(), min.getValue(),
                    number("max", max));
            return new Dosage(sets.getValue(), amount, eachSide.isSelected(), number("rest", rest), number("timesPerDay", perDay),
                    number("daysPerWeek", perWeek), intensity(),
                    stored.kept(saved == null ? null : saved.tempo(), tempo.getText()),
                    stored.kept(saved == null ? null : saved.note(), note.getText()));
        } catch (ValidationException e) {
            problem.setText(Problems.sentence(words, e));
            return null;
        }
    }

    private Intensity intensity() {
        String kind = intensityKind.getValue();
        String value = intensityValue.getText().strip();
        if (kind == null || NONE.equals(kind) || value.isEmpty()) {
            return null;
        }
        return switch (kind) {
            case "RPE" -> new Intensity.Rpe(whole("RPE", value));
            case "kg", "lb" -> new Intensity.Load(decimal(value), "kg".equals(kind) ? WeightUnit.KG : WeightUnit.LB);
            default -> new Intensity.Band(value);
        };
    }

    private static Integer number(String field, TextField f) {
        String text = f.getText().strip();
        return text.isEmpty() ? null : whole(field, text);
    }

    private static int whole(String field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "typed.wholeNumber");
        }
    }

    private static double decimal(String text) {
        try {
            return Double.parseDouble(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationException("load", "typed.number");
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static Spinner<Integer> spinner(int from, int to) {
        Spinner<Integer> spinner = new Spinner<>(from, to, from);
        spinner.setEditable(true);
        spinner.setPrefWidth(78);
        return spinner;
    }

    private static TextField field(String prompt, int columns) {
        TextField f = new TextField();
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    /**
     * The controls under their label, read from {@code editor.ui.<key>}, which a screen reader also reads for them; a null
     * key leaves the label blank (the control names itself).
     */
    private VBox labelled(String key, Node... controls) {
        Label label = new Label(key == null ? " " : words.get("editor.ui." + key));
        label.setLabelFor(controls[0]);
        if (key != null) {
            for (Node control : controls) {
                control.setAccessibleText(label.getText());
            }
        }
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("field-label");
        return new VBox(2, label, controls.length == 1 ? controls[0] : new HBox(4, controls));
    }
}
