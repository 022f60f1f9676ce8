package org.restride.ui.visits;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.restride.domain.Criterion;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.PelvicSymptom;

/**
 * One line of the visit's checklist as typed: a value per side for a test done on each side, one value for other
 * tests, yes or no for a statement, and what she noticed during it. Left blank, the test was not done.
 */
public final class CriterionInput {
    /** How the result of a criterion is entered. */
    public enum Entry { EACH_SIDE, ONE_VALUE, YES_OR_NO }

    private final Criterion criterion;
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty left = new SimpleStringProperty("");
    private final StringProperty right = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> met = new SimpleObjectProperty<>();
    private final ObservableSet<PelvicSymptom> symptoms = FXCollections.observableSet();
    private final StringProperty pain = new SimpleStringProperty("");

    public CriterionInput(Criterion criterion) {
        this.criterion = criterion;
    }

    public Criterion criterion() {
        return criterion;
    }

    public Entry entry() {
        if (criterion.target() == null) {
            return Entry.YES_OR_NO;
        }
        return criterion.eachSide() ? Entry.EACH_SIDE : Entry.ONE_VALUE;
    }

    void listen(InvalidationListener listener) {
        value.addListener(listener);
        left.addListener(listener);
        right.addListener(listener);
        met.addListener(listener);
        symptoms.addListener(listener);
        pain.addListener(listener);
    }

    /** Takes over what was typed for the same test (the checklist was rebuilt from a changed roadmap). */
    void copyFrom(CriterionInput other) {
        value.set(other.value.get());
        left.set(other.left.get());
        right.set(other.right.get());
        met.set(other.met.get());
        symptoms.clear();
        symptoms.addAll(other.symptoms);
        pain.set(other.pain.get());
    }

    /** The result as typed; a ValidationException naming the test and side when something is out of range. */
    CriterionResult read() {
        String name = criterion.name();
        Integer painScore = Typed.whole(name + "#pain", pain.get());
        CriterionResult result = switch (entry()) {
            case EACH_SIDE -> CriterionResult.perSide(criterion, Typed.whole(name + "#left", left.get()),
                    Typed.whole(name + "#right", right.get()));
            case ONE_VALUE -> CriterionResult.of(criterion, Typed.whole(name, value.get()));
            case YES_OR_NO -> CriterionResult.statement(criterion, met.get());
        };
        return result.withSymptoms(symptoms, painScore);
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty leftProperty() {
        return left;
    }

    public StringProperty rightProperty() {
        return right;
    }

    /** Yes, not yet, or null for not checked. */
    public ObjectProperty<Boolean> metProperty() {
        return met;
    }

    public ObservableSet<PelvicSymptom> symptoms() {
        return symptoms;
    }

    public StringProperty painProperty() {
        return pain;
    }
}
