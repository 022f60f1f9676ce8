package org.restride.ui.visits;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.domain.Patient;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.SymptomContext;

/**
 * The symptom check as typed: the pelvic symptoms ticked, each with when it happens, or "No symptoms"; the pain score;
 * worse the next day; and the red flags.
 */
public final class SymptomInputs {
    private final Map<PelvicSymptom, BooleanProperty> symptoms;
    private final Map<PelvicSymptom, ObjectProperty<SymptomContext>> contexts = new EnumMap<>(PelvicSymptom.class);
    private final BooleanProperty noSymptoms = new SimpleBooleanProperty(false);
    private final StringProperty pain = new SimpleStringProperty("");
    private final BooleanProperty worseNextDay = new SimpleBooleanProperty(false);
    private final Map<RedFlag, BooleanProperty> redFlags;

    SymptomInputs(InvalidationListener changed) {
        symptoms = Ticks.of(PelvicSymptom.class, changed);
        for (PelvicSymptom s : PelvicSymptom.values()) {
            symptoms.get(s).addListener((o, was, now) -> {
                if (now) {
                    noSymptoms.set(false);
                }
            });
            ObjectProperty<SymptomContext> context = new SimpleObjectProperty<>();
            context.addListener(changed);
            contexts.put(s, context);
        }
        noSymptoms.addListener(changed);
        noSymptoms.addListener((o, was, now) -> {
            if (now) {
                Ticks.clear(symptoms);
            }
        });
        redFlags = Ticks.of(RedFlag.class, changed);
        pain.addListener(changed);
        worseNextDay.addListener(changed);
    }

    void clear() {
        Ticks.clear(symptoms);
        contexts.values().forEach(p -> p.set(null));
        noSymptoms.set(false);
        pain.set("");
        worseNextDay.set(false);
        Ticks.clear(redFlags);
    }

    /** The symptom check, or null with its problem under {@link VisitInputs#PAIN}: a ticked symptom needs its "when". */
    SymptomCheck read(FieldReader fields) {
        if (Ticks.chosen(symptoms).stream().anyMatch(s -> contexts.get(s).get() == null)) {
            fields.refuse(VisitInputs.PAIN, "ui-visits.chooseWhen");
            return null;
        }
        return fields.read(VisitInputs.PAIN, () -> new SymptomCheck(noSymptoms.get(), chosenContexts(),
                Typed.whole("pelvicOrBackPain", pain.get()), worseNextDay.get()));
    }

    /** The red flags ticked that fit her birth (the wound signs only after a caesarean), whatever else the form holds. */
    Set<RedFlag> tickedRedFlags(Patient patient) {
        Set<RedFlag> ticked = Ticks.chosen(redFlags);
        ticked.removeIf(f -> !f.appliesTo(patient.deliveryType()));
        return ticked;
    }

    private Map<PelvicSymptom, SymptomContext> chosenContexts() {
        Map<PelvicSymptom, SymptomContext> chosen = new EnumMap<>(PelvicSymptom.class);
        Ticks.chosen(symptoms).forEach(s -> chosen.put(s, contexts.get(s).get()));
        return chosen;
    }

    public BooleanProperty symptom(PelvicSymptom symptom) {
        return symptoms.get(symptom);
    }

    /** When the ticked symptom happens: with exercise, a known baseline, or new or worse. Required: no default. */
    public ObjectProperty<SymptomContext> context(PelvicSymptom symptom) {
        return contexts.get(symptom);
    }

    /** The explicit "No symptoms" answer: without it (or a symptom or a pain score) the check was not done. */
    public BooleanProperty noSymptomsProperty() {
        return noSymptoms;
    }

    public StringProperty painProperty() {
        return pain;
    }

    public BooleanProperty worseNextDayProperty() {
        return worseNextDay;
    }

    public BooleanProperty redFlag(RedFlag flag) {
        return redFlags.get(flag);
    }
}
