package org.restride.ui.visits;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.domain.measure.OutcomeMeasure;

/** A score typed for one outcome measure (the score only: never the questionnaire's wording). */
public final class ScoreInput {
    private final OutcomeMeasure measure;
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper band = new ReadOnlyStringWrapper("");

    ScoreInput(OutcomeMeasure measure) {
        this.measure = measure;
    }

    public OutcomeMeasure measure() {
        return measure;
    }

    /** The score, checked against the measure's range and decimals; null when blank. */
    Double read() {
        band.set("");
        Double value = Typed.decimal(measure.name(), text.get());
        if (value == null) {
            return null;
        }
        measure.check(value);
        band.set(measure.bandFor(value).map(b -> b.label()).orElse(""));
        return value;
    }

    public StringProperty textProperty() {
        return text;
    }

    /** The severity band the typed score falls in ("moderate"), or empty. */
    public ReadOnlyStringProperty bandProperty() {
        return band.getReadOnlyProperty();
    }
}
