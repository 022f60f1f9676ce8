package org.restride.ui.visits;

import javafx.beans.Observable;
import org.restride.app.Problems;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.domain.Criterion;
import org.restride.domain.Patient;
import org.restride.domain.ValidationException;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.DailyReadiness;
import org.restride.domain.progress.DiastasisMeasurement;
import org.restride.domain.progress.EnergySign;
import org.restride.domain.progress.RiskFactor;
import org.restride.domain.progress.Wellbeing;
import org.restride.domain.progress.Hydration;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.SymptomContext;
import org.restride.domain.progress.Visit;
import org.restride.text.Words;
import org.restride.ui.patients.DateInput;

/**
 * Everything typed on the visit form, and reading it back as a visit: each problem is kept under its field's key so
 * the form can show it beside the field. A blank is "not tested" or "not asked", never zero.
 */
public final class VisitInputs {
    public static final String DATE = "visitDate";
    public static final String PAIN = "pain";
    public static final String SLEEP = "sleep";
    public static final String USUAL_SLEEP = "usualSleep";
    public static final String FATIGUE = "fatigue";
    public static final String READINESS_NOTE = "readinessNote";
    public static final String NOTES = "notes";
    public static final String MOOD = "mood";

    private final Words words;
    private final InvalidationListener changed;
    private final StringProperty date = new SimpleStringProperty("");
    private final ObservableList<CriterionInput> criteria = FXCollections.observableArrayList();
    private final Map<PelvicSymptom, BooleanProperty> symptoms = new EnumMap<>(PelvicSymptom.class);
    private final Map<PelvicSymptom, ObjectProperty<SymptomContext>> contexts = new EnumMap<>(PelvicSymptom.class);
    private final BooleanProperty noSymptoms = new SimpleBooleanProperty(false);
    private final StringProperty pain = new SimpleStringProperty("");
    private final BooleanProperty worseNextDay = new SimpleBooleanProperty(false);
    private final Map<RedFlag, BooleanProperty> redFlags = new EnumMap<>(RedFlag.class);
    private final StringProperty sleep = new SimpleStringProperty("");
    private final StringProperty usualSleep = new SimpleStringProperty("");
    private final StringProperty fatigue = new SimpleStringProperty("");
    private final ObjectProperty<Hydration> hydration = new SimpleObjectProperty<>();
    private final StringProperty readinessNote = new SimpleStringProperty("");
    private final ObservableList<DiastasisInput> diastasis = FXCollections.observableArrayList();
    private final ObservableList<ScoreInput> scores = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringProperty mood = new SimpleStringProperty("");
    private final Map<EnergySign, BooleanProperty> energy = new EnumMap<>(EnergySign.class);
    private final Map<RiskFactor, BooleanProperty> risks = new EnumMap<>(RiskFactor.class);

    VisitInputs(InvalidationListener changed, Words words) {
        this.changed = changed;
        this.words = words;
        for (PelvicSymptom s : PelvicSymptom.values()) {
            BooleanProperty ticked = listened(new SimpleBooleanProperty(false));
            ticked.addListener((o, was, now) -> {
                if (now) {
                    noSymptoms.set(false);
                }
            });
            symptoms.put(s, ticked);
            ObjectProperty<SymptomContext> context = new SimpleObjectProperty<>();
            context.addListener(changed);
            contexts.put(s, context);
        }
        noSymptoms.addListener(changed);
        noSymptoms.addListener((o, was, now) -> {
            if (now) {
                symptoms.values().forEach(p -> p.set(false));
            }
        });
        for (RedFlag f : RedFlag.values()) {
            redFlags.put(f, listened(new SimpleBooleanProperty(false)));
        }
        for (EnergySign e : EnergySign.values()) {
            energy.put(e, listened(new SimpleBooleanProperty(false)));
        }
        for (RiskFactor r : RiskFactor.values()) {
            risks.put(r, listened(new SimpleBooleanProperty(false)));
        }
        mood.addListener(changed);
        for (Observable field : List.<Observable>of(date, pain, worseNextDay, sleep,
                usualSleep, fatigue, hydration, readinessNote, notes)) {
            field.addListener(changed);
        }
        criteria.addListener(changed);
        diastasis.addListener(changed);
    }

    private BooleanProperty listened(BooleanProperty property) {
        property.addListener(changed);
        return property;
    }

    public static String testKey(int index) {
        return "test-" + index;
    }

    public static String diastasisKey(int index) {
        return "diastasis-" + index;
    }

    public static String scoreKey(OutcomeMeasure measure) {
        return "score-" + measure.key();
    }

    /** Empties the form for a new visit on the given day, with a checklist of these criteria and these measures. */
    void clear(LocalDate day, List<Criterion> checklist, List<OutcomeMeasure> measures) {
        date.set(day.toString());
        criteria.setAll(checklist.stream().map(this::input).toList());
        symptoms.values().forEach(p -> p.set(false));
        contexts.values().forEach(p -> p.set(null));
        noSymptoms.set(false);
        pain.set("");
        worseNextDay.set(false);
        redFlags.values().forEach(p -> p.set(false));
        energy.values().forEach(p -> p.set(false));
        risks.values().forEach(p -> p.set(false));
        mood.set("");
        sleep.set("");
        usualSleep.set("");
        fatigue.set("");
        hydration.set(null);
        readinessNote.set("");
        diastasis.setAll(List.of());
        addDiastasis();
        scores.setAll(measures.stream().filter(m -> !m.derived()).map(ScoreInput::new).toList());
        scores.forEach(s -> s.textProperty().addListener(changed));
        notes.set("");
    }

    /** A new checklist (the roadmap changed), keeping what was typed for tests that are still on it. */
    void replaceChecklist(List<Criterion> checklist) {
        List<CriterionInput> fresh = new ArrayList<>();
        for (Criterion criterion : checklist) {
            CriterionInput input = input(criterion);
            CriterionResult probe = CriterionResult.notTested(criterion);
            criteria.stream().filter(old -> probe.isFor(old.criterion())).findFirst().ifPresent(input::copyFrom);
            fresh.add(input);
        }
        criteria.setAll(fresh);
    }

    private CriterionInput input(Criterion criterion) {
        CriterionInput input = new CriterionInput(criterion);
        input.listen(changed);
        return input;
    }

    public void addDiastasis() {
        if (diastasis.size() < Visit.MAX_DIASTASIS) {
            DiastasisInput row = new DiastasisInput();
            row.listen(changed);
            diastasis.add(row);
        }
    }

    public void removeDiastasis(DiastasisInput row) {
        diastasis.remove(row);
        if (diastasis.isEmpty()) {
            addDiastasis();
        }
    }

    /**
     * The parts of the visit as typed for the (saved) patient, each problem recorded under its key; empty when there
     * is any problem. The date must lie between her delivery and today.
     */
    Optional<Parts> read(Patient patient, LocalDate today, Map<String, String> problems) {
        LocalDate day = field(problems, DATE, () -> DateInput.parse(DATE, date.get(), today));
        if (day == null && !problems.containsKey(DATE)) {
            problems.put(DATE, words.get("ui-visits.enterDate", today));
        }
        if (day != null) {
            field(problems, DATE, () -> {
                Visit.withoutRoadmap(patient.id(), day).checkFor(patient, today);
                return day;
            });
        }
        List<CriterionResult> results = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            results.add(field(problems, testKey(i), criteria.get(i)::read));
        }
        if (chosen(symptoms).stream().anyMatch(s -> contexts.get(s).get() == null)) {
            problems.put(PAIN, words.get("ui-visits.chooseWhen"));
        }
        SymptomCheck check = problems.containsKey(PAIN) ? null : field(problems, PAIN,
                () -> new SymptomCheck(noSymptoms.get(), chosenContexts(),
                Typed.whole("pelvicOrBackPain", pain.get()), worseNextDay.get()));
        Double sleepHours = field(problems, SLEEP, () -> alone(Typed.decimal("sleepHours", sleep.get()), null).sleepHours());
        Double usualSleepHours = field(problems, USUAL_SLEEP, () -> new DailyReadiness(null, null, null, null,
                Typed.decimal("usualSleepHours", usualSleep.get())).usualSleepHours());
        Integer fatigueScore = field(problems, FATIGUE, () -> alone(null, Typed.whole("fatigue", fatigue.get())).fatigue());
        DailyReadiness readiness = field(problems, READINESS_NOTE, () -> new DailyReadiness(null, null, hydration.get(),
                readinessNote.get()));
        List<DiastasisMeasurement> measured = new ArrayList<>();
        for (int i = 0; i < diastasis.size(); i++) {
            Optional<DiastasisMeasurement> row = field(problems, diastasisKey(i), diastasis.get(i)::read);
            if (row != null) {
                row.ifPresent(measured::add);
            }
        }
        Map<String, Double> scored = new LinkedHashMap<>();
        for (ScoreInput score : scores) {
            Double value = field(problems, scoreKey(score.measure()), score::read);
            if (value != null) {
                scored.put(score.measure().key(), value);
            }
        }
        Integer moodScore = field(problems, MOOD, () -> new Wellbeing(Typed.whole("moodScreenScore", mood.get()),
                Set.of(), Set.of()).moodScore());
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(day, results, check, tickedRedFlags(patient),
                new DailyReadiness(sleepHours, fatigueScore, readiness.hydration(), readiness.note(), usualSleepHours), measured, scored,
                notes.get(), new Wellbeing(moodScore, chosen(energy), chosen(risks))));
    }

    /** A visit's parts read from the form, before they are put together with the patient, roadmap and overrides. */
    record Parts(LocalDate date, List<CriterionResult> results, SymptomCheck symptoms, Set<RedFlag> redFlags,
                 DailyReadiness readiness, List<DiastasisMeasurement> diastasis, Map<String, Double> scores,
                 String notes, Wellbeing wellbeing) {
    }

    /** Sleep or fatigue checked on its own, so its problem shows beside its own field. */
    private static DailyReadiness alone(Double sleepHours, Integer fatigueScore) {
        return new DailyReadiness(sleepHours, fatigueScore, null, null);
    }

    private <T> T field(Map<String, String> problems, String key, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            problems.put(key, Problems.sentence(words, e));
        }
        return null;
    }

    /** The red flags ticked that fit her birth (the wound signs only after a caesarean), whatever else the form holds. */
    Set<RedFlag> tickedRedFlags(Patient patient) {
        Set<RedFlag> ticked = chosen(redFlags);
        ticked.removeIf(f -> !f.appliesTo(patient.deliveryType()));
        return ticked;
    }

    private static <E extends Enum<E>> Set<E> chosen(Map<E, BooleanProperty> ticks) {
        return ticks.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    // --- properties the form binds to ----------------------------------------------------------------------

    public StringProperty dateProperty() {
        return date;
    }

    public ObservableList<CriterionInput> criteria() {
        return criteria;
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

    private Map<PelvicSymptom, SymptomContext> chosenContexts() {
        Map<PelvicSymptom, SymptomContext> chosen = new EnumMap<>(PelvicSymptom.class);
        chosen(symptoms).forEach(s -> chosen.put(s, contexts.get(s).get()));
        return chosen;
    }

    public StringProperty painProperty() {
        return pain;
    }

    public BooleanProperty worseNextDayProperty() {
        return worseNextDay;
    }

    /** The total of the clinic's licensed mood screen (EPDS 0–30), never its items. */
    public StringProperty moodProperty() {
        return mood;
    }

    public BooleanProperty energySign(EnergySign sign) {
        return energy.get(sign);
    }

    public BooleanProperty riskFactor(RiskFactor factor) {
        return risks.get(factor);
    }

    public BooleanProperty redFlag(RedFlag flag) {
        return redFlags.get(flag);
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

    public StringProperty readinessNoteProperty() {
        return readinessNote;
    }

    public ObservableList<DiastasisInput> diastasis() {
        return diastasis;
    }

    public ObservableList<ScoreInput> scores() {
        return scores;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
