package org.restride.ui.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.domain.Criterion;
import org.restride.domain.Patient;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.DailyReadiness;
import org.restride.domain.progress.DiastasisMeasurement;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.Visit;
import org.restride.domain.progress.Wellbeing;
import org.restride.text.Words;
import org.restride.ui.patients.DateInput;

/**
 * Everything typed on the visit form, and reading it back as a visit: the date, the readiness tests and the notes
 * here, the rest in a group each ({@link SymptomInputs}, {@link ReadinessInputs}, {@link WellbeingInputs},
 * {@link MeasureInputs}). Each problem is kept under its field's key so the form can show it beside the field. A
 * blank is "not tested" or "not asked", never zero.
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
    private final StringProperty notes = new SimpleStringProperty("");
    private final SymptomInputs symptoms;
    private final ReadinessInputs readiness;
    private final WellbeingInputs wellbeing;
    private final MeasureInputs measures;

    VisitInputs(InvalidationListener changed, Words words) {
        this.changed = changed;
        this.words = words;
        this.symptoms = SymptomInputs.heardBy(changed);
        this.readiness = ReadinessInputs.heardBy(changed);
        this.wellbeing = new WellbeingInputs(changed);
        this.measures = new MeasureInputs(changed);
        date.addListener(changed);
        notes.addListener(changed);
        criteria.addListener(changed);
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
    void clear(LocalDate day, List<Criterion> checklist, List<OutcomeMeasure> outcomeMeasures) {
        date.set(day.toString());
        criteria.setAll(checklist.stream().map(this::input).toList());
        symptoms.clear();
        wellbeing.clear();
        readiness.clear();
        measures.clear(outcomeMeasures);
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

    /**
     * The parts of the visit as typed for the (saved) patient, each problem recorded under its key; empty when there
     * is any problem. The date must lie between her delivery and today.
     */
    Optional<Parts> read(Patient patient, LocalDate today, Map<String, String> problems) {
        FieldReader fields = new FieldReader(words, problems);
        LocalDate day = fields.read(DATE, () -> DateInput.parse(DATE, date.get(), today));
        if (day == null && !fields.refused(DATE)) {
            fields.refuse(DATE, "ui-visits.enterDate", today);
        }
        if (day != null) {
            fields.read(DATE, () -> {
                Visit.withoutRoadmap(patient.id(), day).checkFor(patient, today);
                return day;
            });
        }
        List<CriterionResult> results = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            results.add(fields.read(testKey(i), criteria.get(i)::read));
        }
        SymptomCheck check = symptoms.read(fields);
        DailyReadiness ready = readiness.read(fields);
        List<DiastasisMeasurement> measured = measures.readDiastasis(fields);
        Map<String, Double> scored = measures.readScores(fields);
        Wellbeing well = wellbeing.read(fields);
        if (fields.any()) {
            return Optional.empty();
        }
        return Optional.of(new Parts(day, results, check, symptoms.tickedRedFlags(patient), ready, measured, scored,
                notes.get(), well));
    }

    /** A visit's parts read from the form, before they are put together with the patient, roadmap and overrides. */
    record Parts(LocalDate date, List<CriterionResult> results, SymptomCheck symptoms, Set<RedFlag> redFlags,
                 DailyReadiness readiness, List<DiastasisMeasurement> diastasis, Map<String, Double> scores,
                 String notes, Wellbeing wellbeing) {
    }

    // --- what the form binds to ----------------------------------------------------------------------------

    public StringProperty dateProperty() {
        return date;
    }

    public ObservableList<CriterionInput> criteria() {
        return criteria;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public SymptomInputs symptoms() {
        return symptoms;
    }

    public ReadinessInputs readiness() {
        return readiness;
    }

    public WellbeingInputs wellbeing() {
        return wellbeing;
    }

    public MeasureInputs measures() {
        return measures;
    }
}
