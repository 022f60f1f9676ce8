package org.restride.ui.roadmap;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.text.Words;
import org.restride.ui.common.KeyedConverter;
import org.restride.ui.common.StoredText;

/**
 * The controls of a dosage, one per field, each named as its changes are handed on ("rest"): what a dosage shows
 * in each, and the dosage some of them describe on top of another.
 */
final class DoseControls {
    /** The fields, by name, in the order they are filled. */
    static final List<String> FIELDS = List.of("sets", "unit", "amount", "max", "eachSide", "rest", "perDay",
            "perWeek", "intensity", "tempo", "dosageNote");

    final Spinner<Integer> sets = spinner(Dosage.SETS.min(), Dosage.SETS.max());
    final ComboBox<DoseUnit> unit = new ComboBox<>();
    final Spinner<Integer> min = spinner(1, 10_000);
    final TextField max = field(3);
    final CheckBox eachSide = new CheckBox();
    final TextField rest = field(3);
    final TextField perDay = field(2);
    final TextField perWeek = field(2);
    final ComboBox<String> intensityKind = new ComboBox<>();
    final TextField intensityValue = field(4);
    final TextArea tempo = new TextArea();
    final TextArea note = new TextArea();
    private final StoredText stored;

    DoseControls(Words words, StoredText stored) {
        this.stored = stored;
        eachSide.setText(words.get("editor.ui.eachSide"));
        intensityKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(String kind) {
                return TypedDose.BAND.equals(kind) ? words.get("editor.ui.band") : kind;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        unit.getItems().setAll(DoseUnit.values());
        unit.setConverter(new KeyedConverter<>(words));
        unit.setMinWidth(Region.USE_PREF_SIZE); // as wide as its longest unit ("Hold seconds")
        intensityKind.getItems().setAll(TypedDose.NONE, "RPE", "kg", "lb", TypedDose.BAND);
        intensityKind.setValue(TypedDose.NONE);
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
    }

    /** Shows one field of {@code d}; a text field that already says so is left as it is (its caret too). */
    void fill(String field, Dosage d) {
        switch (field) {
            case "sets" -> sets.getValueFactory().setValue(d.sets());
            case "unit" -> unit.setValue(d.amount().unit());
            case "amount" -> min.getValueFactory().setValue(d.amount().min());
            case "max" -> Commits.show(max, TypedDose.text(d.amount().max()));
            case "eachSide" -> eachSide.setSelected(d.eachSide());
            case "rest" -> Commits.show(rest, TypedDose.text(d.restSeconds()));
            case "perDay" -> Commits.show(perDay, TypedDose.text(d.timesPerDay()));
            case "perWeek" -> Commits.show(perWeek, TypedDose.text(d.daysPerWeek()));
            case "intensity" -> {
                TypedDose.Shown shown = TypedDose.shown(d.intensity());
                intensityKind.setValue(shown.kind());
                Commits.show(intensityValue, shown.value());
            }
            case "tempo" -> Commits.show(tempo, stored.shown(d.tempo()));
            default -> Commits.show(note, stored.shown(d.note()));
        }
    }

    /** {@code base} with the fields named in {@code typed} as they show; throws if one breaks a rule. */
    Dosage compose(Dosage base, Set<String> typed) {
        Amount a = base.amount();
        DoseUnit u = pick(typed, "unit", () -> unit.getValue() == null ? DoseUnit.REPS : unit.getValue(), a.unit());
        Amount amount = new Amount(u, pick(typed, "amount", min::getValue, a.min()),
                pick(typed, "max", () -> TypedDose.number("max", max.getText(), Amount.bounds(u)), a.max()));
        return new Dosage(pick(typed, "sets", sets::getValue, base.sets()), amount,
                pick(typed, "eachSide", eachSide::isSelected, base.eachSide()),
                pick(typed, "rest", () -> TypedDose.number("rest", rest.getText(), Dosage.REST_SECONDS), base.restSeconds()),
                pick(typed, "perDay", () -> TypedDose.number("timesPerDay", perDay.getText(), Dosage.TIMES_PER_DAY), base.timesPerDay()),
                pick(typed, "perWeek", () -> TypedDose.number("daysPerWeek", perWeek.getText(),
                        Dosage.DAYS_PER_WEEK), base.daysPerWeek()),
                pick(typed, "intensity", () -> TypedDose.intensity(intensityKind.getValue(), intensityValue.getText()),
                        base.intensity()),
                pick(typed, "tempo", () -> stored.kept(base.tempo(), tempo.getText()), base.tempo()),
                pick(typed, "dosageNote", () -> stored.kept(base.note(), note.getText()), base.note()));
    }

    private static <T> T pick(Set<String> typed, String field, Supplier<T> shown, T base) {
        return typed.contains(field) ? shown.get() : base;
    }

    private static Spinner<Integer> spinner(int from, int to) {
        Spinner<Integer> spinner = new Spinner<>(from, to, from);
        spinner.setEditable(true);
        spinner.setPrefWidth(78);
        return spinner;
    }

    private static TextField field(int columns) {
        TextField f = new TextField();
        f.setPrefColumnCount(columns);
        return f;
    }
}
