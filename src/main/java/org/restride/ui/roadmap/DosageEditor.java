package org.restride.ui.roadmap;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.ValidationException;
import org.restride.app.DoseLine;
import org.restride.app.Problems;
import org.restride.text.Words;
import org.restride.ui.common.GrowingText;
import org.restride.ui.common.StoredText;

/**
 * Edits one dosage in place. A typed field is handed on when the PT presses Enter or leaves it, a choice at once,
 * each with the field's name ("rest") so that undo can name it, and each on its own: a field that breaks a rule
 * keeps what she typed and says why, and never holds back the others. The printed line shows live as she types.
 */
public final class DosageEditor extends VBox {
    private static final Dosage BLANK = Dosage.simple(1, Amount.of(DoseUnit.REPS, 1));

    private final Words words;
    private final DoseLine dose;
    private final DoseControls fields;
    private final Label line = new Label();
    private final Label problem = new Label();
    /** The fields she is still correcting: what each breaks, in words. */
    private final Map<String, String> refused = new LinkedHashMap<>();
    private BiConsumer<String, Dosage> onChange = (field, d) -> { };
    private Consumer<ValidationException> onRefused;
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
        this.dose = new DoseLine(words);
        this.fields = new DoseControls(words, stored);
        this.onRefused = e -> problem.setText(Problems.sentence(words, e));
        getStyleClass().add("dosage-editor");
        setPadding(new Insets(4, 0, 10, 0));
        line.setId("dosage-line");
        line.getStyleClass().add("dosage-line");
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        FlowPane row = new FlowPane(8, 6, labelled("sets", fields.sets), labelled("amount", fields.min),
                labelled("to", fields.max), labelled("unit", fields.unit), labelled("rest", fields.rest),
                labelled("perDay", fields.perDay), labelled("perWeek", fields.perWeek),
                labelled("intensity", fields.intensityKind, fields.intensityValue), labelled(null, fields.eachSide));
        row.setAlignment(Pos.CENTER_LEFT);
        // The tempo and the note are the PT's words: each the width of the pane, growing a line at a time.
        GrowingText.fitOneParagraph(fields.tempo, 1, () -> changed("tempo"));
        GrowingText.fitOneParagraph(fields.note, 1, () -> changed("dosageNote"));
        getChildren().addAll(line, row, labelled("tempo", fields.tempo), labelled("doseNote", fields.note), problem);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        fields.sets.valueProperty().addListener(o -> changed("sets"));
        fields.min.valueProperty().addListener(o -> changed("amount"));
        Commits.onLeave(fields.sets, "sets", e -> onRefused.accept(e));
        Commits.onLeave(fields.min, "amount", e -> onRefused.accept(e));
        revertOnEscape(fields.sets, "sets");
        revertOnEscape(fields.min, "amount");
        fields.unit.valueProperty().addListener(o -> changed("unit"));
        fields.eachSide.selectedProperty().addListener(o -> changed("eachSide"));
        fields.intensityKind.valueProperty().addListener((o, was, now) -> {
            if (!loading && TypedDose.NONE.equals(now)) {
                fields.intensityValue.clear(); // "—" chosen: no intensity, so no value either
            }
            changed("intensity");
        });
        commitOnLeave(fields.max, "max");
        commitOnLeave(fields.rest, "rest");
        commitOnLeave(fields.perDay, "perDay");
        commitOnLeave(fields.perWeek, "perWeek");
        commitOnLeave(fields.intensityValue, "intensity");
        commitOnLeave(fields.tempo, "tempo");
        commitOnLeave(fields.note, "dosageNote");
    }

    private void commitOnLeave(TextInputControl field, String name) {
        field.textProperty().addListener(o -> preview(name));
        Commits.onLeave(field, () -> changed(name), () -> revert(name));
    }

    /** Escape in a spinner whose number breaks a rule of the dosage (70 breaths) puts the saved number back. */
    private void revertOnEscape(Spinner<Integer> spinner, String name) {
        spinner.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && refused.containsKey(name) && revert(name)) {
                e.consume();
            }
        });
    }

    /** Puts the keyboard in the first field, Sets. */
    void focusFirstField() {
        fields.sets.requestFocus();
    }

    /** Hears each committed change: the field's name and the new dosage. */
    public void onChange(BiConsumer<String, Dosage> listener) {
        this.onChange = listener;
    }

    /** Hears a number typed outside its box's range (the box shows its value again); by default it is told here. */
    void onRefused(Consumer<ValidationException> listener) {
        this.onRefused = listener;
    }

    /** Shows a dosage (another exercise's) without handing it back as a change; what she was correcting is dropped. */
    public void show(Dosage d) {
        drop();
        saved = d;
        fill(d);
    }

    /** Shows the same exercise's dosage after a change: the fields she is still correcting keep what she typed. */
    void update(Dosage d) {
        saved = d;
        fill(d);
    }

    /** Forgets the fields she was correcting, unsaved: what each broke, in words. */
    List<String> drop() {
        List<String> lost = List.copyOf(refused.values());
        refused.clear();
        problem.setText("");
        return lost;
    }

    /** What each field still showing refused text (not saved) breaks, in words; empty when none. */
    List<String> refusedShowing() {
        return List.copyOf(refused.values());
    }

    /** Puts the keyboard in the first field still showing refused text, if any. */
    void focusRefused() {
        refused.keySet().stream().findFirst().map(this::control).ifPresent(Node::requestFocus);
    }

    private Node control(String field) {
        return switch (field) {
            case "sets" -> fields.sets;
            case "amount" -> fields.min;
            case "max" -> fields.max;
            case "rest" -> fields.rest;
            case "perDay" -> fields.perDay;
            case "perWeek" -> fields.perWeek;
            case "intensity" -> fields.intensityValue;
            case "tempo" -> fields.tempo;
            default -> fields.note;
        };
    }

    /** Puts the saved value back in one field (Escape); true if it showed something else. */
    private boolean revert(String field) {
        if (saved == null || refused.remove(field) == null && saved.equals(composed(field))) {
            return false;
        }
        loading = true;
        try {
            fields.fill(field, saved);
        } finally {
            loading = false;
        }
        line.setText(dose.line(saved));
        tellRefused();
        return true;
    }

    /** Every field but those she is correcting shows {@code d}, left as it is where it already says so. */
    private void fill(Dosage d) {
        loading = true;
        try {
            for (String field : DoseControls.FIELDS) {
                if (!refused.containsKey(field)) {
                    fields.fill(field, d);
                }
            }
        } finally {
            loading = false;
        }
        line.setText(dose.line(d));
    }

    /**
     * A field was committed: the saved dosage with that field as typed is handed on, with each field she is still
     * correcting that now fits too; a field that breaks a rule keeps its text and says why.
     */
    private void changed(String field) {
        if (loading || saved == null) {
            return;
        }
        Set<String> taken = new HashSet<>(Set.of(field));
        Dosage d;
        try {
            d = fields.compose(saved, taken);
            refused.remove(field);
        } catch (ValidationException e) {
            refused.put(field, Problems.sentence(words, e));
            tellRefused();
            return;
        }
        for (String other : List.copyOf(refused.keySet())) {
            taken.add(other);
            try {
                d = fields.compose(saved, taken);
                refused.remove(other);
            } catch (ValidationException e) {
                taken.remove(other);
            }
        }
        tellRefused();
        line.setText(dose.line(d));
        if (!d.equals(saved)) {
            onChange.accept(field, d);
        }
    }

    /** Says under the fields what each one she is still correcting breaks. */
    private void tellRefused() {
        problem.setText(String.join(" ", refused.values()));
    }

    /** Shows the printed line as the PT types in a field, before anything is committed. */
    private void preview(String field) {
        Dosage d = loading ? null : composed(field);
        if (d != null) {
            line.setText(dose.line(d));
        }
    }

    /** The saved dosage with one field as typed; null if there is none or the field breaks a rule. */
    private Dosage composed(String field) {
        try {
            return saved == null ? null : fields.compose(saved, Set.of(field));
        } catch (ValidationException e) {
            return null;
        }
    }

    /** The dosage every field describes, or null (with the problem shown) when they break a rule. */
    public Dosage read() {
        try {
            return fields.compose(saved == null ? BLANK : saved, Set.copyOf(DoseControls.FIELDS));
        } catch (ValidationException e) {
            problem.setText(Problems.sentence(words, e));
            return null;
        }
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
