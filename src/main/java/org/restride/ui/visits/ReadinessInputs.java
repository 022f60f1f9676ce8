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

/**
 * Her readiness today as typed: last night's sleep and her usual sleep (last night's is judged against it), fatigue,
 * hydration and a note.
 */
public record ReadinessInputs(StringProperty sleep, StringProperty usualSleep, StringProperty fatigue,
                              ObjectProperty<Hydration> hydration, StringProperty note) {
    /** Empty fields, each heard by {@code changed}. */
    static ReadinessInputs heardBy(InvalidationListener changed) {
        ReadinessInputs inputs = new ReadinessInputs(new SimpleStringProperty(""), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleStringProperty(""));
        for (Observable field : List.<Observable>of(inputs.sleep, inputs.usualSleep, inputs.fatigue, inputs.hydration,
                inputs.note)) {
            field.addListener(changed);
        }
        return inputs;
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
}
