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
 * The symptom check as typed.
 *
 * @param ticked       the pelvic symptoms ticked
 * @param when         when each ticked symptom happens: with exercise, a known baseline, or new or worse (required:
 *                     no default)
 * @param none         the explicit "No symptoms" answer: without it (or a symptom or a pain score) the check was not
 *                     done
 * @param pain         the pelvic or back pain score, 0–10
 * @param worseNextDay whether it was worse the next day
 * @param redFlags     the red flags ticked
 */
public record SymptomInputs(Map<PelvicSymptom, BooleanProperty> ticked, Map<PelvicSymptom, ObjectProperty<SymptomContext>> when,
                            BooleanProperty none, StringProperty pain, BooleanProperty worseNextDay,
                            Map<RedFlag, BooleanProperty> redFlags) {
    public SymptomInputs {
        ticked = Map.copyOf(ticked);
        when = Map.copyOf(when);
        redFlags = Map.copyOf(redFlags);
    }

    /** Nothing ticked or typed, each field heard by {@code changed}; a symptom ticked clears "No symptoms" and back. */
    static SymptomInputs heardBy(InvalidationListener changed) {
        Map<PelvicSymptom, ObjectProperty<SymptomContext>> contexts = new EnumMap<>(PelvicSymptom.class);
        for (PelvicSymptom s : PelvicSymptom.values()) {
            ObjectProperty<SymptomContext> context = new SimpleObjectProperty<>();
            context.addListener(changed);
            contexts.put(s, context);
        }
        SymptomInputs inputs = new SymptomInputs(Ticks.of(PelvicSymptom.class, changed), contexts,
                new SimpleBooleanProperty(false), new SimpleStringProperty(""), new SimpleBooleanProperty(false),
                Ticks.of(RedFlag.class, changed));
        inputs.ticked.values().forEach(tick -> tick.addListener((o, was, now) -> {
            if (now) {
                inputs.none.set(false);
            }
        }));
        inputs.none.addListener(changed);
        inputs.none.addListener((o, was, now) -> {
            if (now) {
                Ticks.clear(inputs.ticked);
            }
        });
        inputs.pain.addListener(changed);
        inputs.worseNextDay.addListener(changed);
        return inputs;
    }

    void clear() {
        Ticks.clear(ticked);
        when.values().forEach(p -> p.set(null));
        none.set(false);
        pain.set("");
        worseNextDay.set(false);
        Ticks.clear(redFlags);
    }

    /** The symptom check, or null with its problem under {@link VisitInputs#PAIN}: a ticked symptom needs its "when". */
    SymptomCheck read(FieldReader fields) {
        if (Ticks.chosen(ticked).stream().anyMatch(s -> when.get(s).get() == null)) {
            fields.refuse(VisitInputs.PAIN, "ui-visits.chooseWhen");
            return null;
        }
        return fields.read(VisitInputs.PAIN, () -> new SymptomCheck(none.get(), chosenContexts(),
                Typed.whole("pelvicOrBackPain", pain.get()), worseNextDay.get()));
    }

    /** The red flags ticked that fit her birth (the wound signs only after a caesarean), whatever else the form holds. */
    Set<RedFlag> tickedRedFlags(Patient patient) {
        Set<RedFlag> flags = Ticks.chosen(redFlags);
        flags.removeIf(f -> !f.appliesTo(patient.deliveryType()));
        return flags;
    }

    private Map<PelvicSymptom, SymptomContext> chosenContexts() {
        Map<PelvicSymptom, SymptomContext> chosen = new EnumMap<>(PelvicSymptom.class);
        Ticks.chosen(ticked).forEach(s -> chosen.put(s, when.get(s).get()));
        return chosen;
    }
}
