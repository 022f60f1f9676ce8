package org.restride.ui.visits;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.domain.progress.DailyReadiness;
import org.restride.domain.progress.Hydration;

/** Her readiness today as typed: last night's and her usual sleep, fatigue, hydration and a note. */
public final class ReadinessInputs {
    private final StringProperty sleep = new SimpleStringProperty("");
    private final StringProperty usualSleep = new SimpleStringProperty("");
    private final StringProperty fatigue = new SimpleStringProperty("");
    private final ObjectProperty<Hydration> hydration = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    ReadinessInputs(InvalidationListener changed) {
        for (Observable field : List.<Observable>of(sleep, usualSleep, fatigue, hydration, note)) {
            field.addListener(changed);
        }
    }

    void clear() {
        sleep.set("");
        usualSleep.set("");
        fatigue.set("");
        hydration.set(null);
        note.set("");
    }

    /** Her readiness, each field checked on its own so its problem shows beside it; null if the note is refused. */
    DailyReadiness read(FieldReader fields) {
        Double sleepHours = fields.read(VisitInputs.SLEEP,
                () -> alone(Typed.decimal("sleepHours", sleep.get()), null).sleepHours());
        Double usualSleepHours = fields.read(VisitInputs.USUAL_SLEEP, () -> new DailyReadiness(null, null, null, null,
                Typed.decimal("usualSleepHours", usualSleep.get())).usualSleepHours());
        Integer fatigueScore = fields.read(VisitInputs.FATIGUE,
                () -> alone(null, Typed.whole("fatigue", fatigue.get())).fatigue());
        DailyReadiness rest = fields.read(VisitInputs.READINESS_NOTE,
                () -> new DailyReadiness(null, null, hydration.get(), note.get()));
        return rest == null ? null
                : new DailyReadiness(sleepHours, fatigueScore, rest.hydration(), rest.note(), usualSleepHours);
    }

    /** Sleep or fatigue checked on its own, so its problem shows beside its own field. */
    private static DailyReadiness alone(Double sleepHours, Integer fatigueScore) {
        return new DailyReadiness(sleepHours, fatigueScore, null, null);
    }

    /** The hours she usually sleeps these days: last night's sleep is judged against it. */
    public StringProperty usualSleepProperty() {
        return usualSleep;
    }

    public StringProperty sleepProperty() {
        return sleep;
    }

    public StringProperty fatigueProperty() {
        return fatigue;
    }

    public ObjectProperty<Hydration> hydrationProperty() {
        return hydration;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
