package org.restride.ui.visits;

import org.restride.text.KeyedProblem;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.DiastasisMeasurement;
import org.restride.domain.progress.DiastasisMeasurement.Level;
import org.restride.domain.progress.DiastasisMeasurement.Method;
import org.restride.domain.progress.DiastasisMeasurement.State;
import org.restride.domain.progress.DiastasisMeasurement.Tension;

/**
 * One diastasis measurement as typed. The site, state and method start at the usual choice (at the umbilicus, at
 * rest, finger-widths); the row counts as measured once a width is typed. Tension and doming may stay "not assessed".
 */
public final class DiastasisInput {
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.AT);
    private final StringProperty siteCm = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.AT_REST);
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.FINGER_WIDTHS);
    private final StringProperty width = new SimpleStringProperty("");
    private final ObjectProperty<Tension> tension = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> doming = new SimpleObjectProperty<>();

    void listen(InvalidationListener listener) {
        level.addListener(listener);
        siteCm.addListener(listener);
        state.addListener(listener);
        method.addListener(listener);
        width.addListener(listener);
        tension.addListener(listener);
        doming.addListener(listener);
    }

    /** The measurement, or empty when no width was typed (not measured). */
    Optional<DiastasisMeasurement> read() {
        Double value = Typed.decimal("diastasisWidth", width.get());
        Double cm = Typed.decimal("diastasisSiteCm", siteCm.get());
        if (value == null) {
            if (cm != null) {
                throw new ValidationException("diastasisWidth", "diastasis.widthNeeded");
            }
            return Optional.empty();
        }
        if (level.get() != Level.AT && cm == null) {
            throw new ValidationException("diastasisSiteCm", "diastasis.howFar",
                    KeyedProblem.of("verdict.diastasis.where." + level.get().key()));
        }
        return Optional.of(new DiastasisMeasurement(level.get(), level.get() == Level.AT ? 0 : cm, state.get(),
                method.get(), value, tension.get(), doming.get()));
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    public StringProperty siteCmProperty() {
        return siteCm;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public StringProperty widthProperty() {
        return width;
    }

    public ObjectProperty<Tension> tensionProperty() {
        return tension;
    }

    /** Doming seen, not seen, or null for not assessed. */
    public ObjectProperty<Boolean> domingProperty() {
        return doming;
    }
}
