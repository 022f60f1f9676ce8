package org.restride.ui.patients;

import java.time.temporal.ChronoUnit;
import org.restride.app.Problems;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.restride.app.Writer;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.ValidationException;
import org.restride.store.PatientRepository;
import org.restride.store.StoreException;
import org.restride.text.Words;
import org.restride.ui.common.LanguageChoice;

/**
 * The patient form. It checks as the PT types and shows each problem beside its field; a new patient is saved
 * when asked, and a saved patient's changes are saved as soon as the form is valid.
 */
public final class PatientFormViewModel {
    public static final String NAME = "name";
    public static final String BIRTH_DATE = "dateOfBirth";
    public static final String DELIVERY_DATE = "deliveryDate";
    public static final String TEAR = "perinealTearGrade";
    public static final String BIRTHS = "births";
    public static final String GOALS = "goals";
    public static final String NOTES = "notes";

    private final Words words;
    private final PatientRepository patients;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<Long> id = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty dateOfBirth = new SimpleStringProperty("");
    private final StringProperty deliveryDate = new SimpleStringProperty("");
    private final ObjectProperty<DeliveryType> deliveryType = new SimpleObjectProperty<>(DeliveryType.VAGINAL);
    private final ObjectProperty<Integer> tearGrade = new SimpleObjectProperty<>();
    private final IntegerProperty births = new SimpleIntegerProperty(1);
    private final BooleanProperty breastfeeding = new SimpleBooleanProperty(false);
    private final StringProperty goals = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<LanguageChoice> languageChoices = FXCollections.observableArrayList();
    private final ObjectProperty<LanguageChoice> handoutLanguage = new SimpleObjectProperty<>();
    private final Supplier<String> clinicLanguage;
    private final List<String> languages;
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper weeksPostpartum = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Patient> saved = new SimpleObjectProperty<>();
    private boolean loading;
    /** True from a failed save of her details until one is written. */
    private boolean unsaved;
    private final Writer writer;

    /** Today, as the form judges dates (and the list counts weeks since the birth). */
    public LocalDate today() {
        return today.get();
    }

    /**
     * A saved patient's changes are written by {@code writer}, in the background and in order. Her handout
     * language is one of {@code languages} or the clinic's, whose language {@code clinicLanguage} reads.
     */
    public PatientFormViewModel(PatientRepository patients, Supplier<LocalDate> today, Writer writer,
                                Supplier<String> clinicLanguage, List<String> languages, Words words) {
        this.words = words;
        this.patients = patients;
        this.writer = writer;
        this.today = today;
        this.clinicLanguage = clinicLanguage;
        this.languages = List.copyOf(languages);
        showLanguageChoices(null);
        for (Observable field : List.<Observable>of(name, dateOfBirth, deliveryDate, deliveryType, tearGrade, births,
                breastfeeding, goals, notes, handoutLanguage)) {
            field.addListener(o -> changed());
        }
        check();
        problems.clear();
    }

    /** Starts a new, empty patient. */
    public void startNew() {
        load(null);
    }

    public void load(Patient p) {
        loading = true;
        try {
            id.set(p == null ? null : p.id());
            name.set(p == null ? "" : p.displayName());
            dateOfBirth.set(p == null || p.dateOfBirth() == null ? "" : p.dateOfBirth().toString());
            deliveryDate.set(p == null ? "" : p.deliveryDate().toString());
            deliveryType.set(p == null ? DeliveryType.VAGINAL : p.deliveryType());
            tearGrade.set(p == null ? null : p.perinealTearGrade());
            births.set(p == null ? 1 : p.births());
            breastfeeding.set(p != null && p.breastfeeding());
            goals.set(p == null ? "" : String.join("\n", p.goals()));
            notes.set(p == null || p.notes() == null ? "" : p.notes());
            showLanguageChoices(p == null ? null : p.handoutLanguage());
        } finally {
            loading = false;
        }
        saved.set(p);
        check();
        if (p == null) {
            problems.clear();
        }
    }

    /** The choices, naming the clinic's language as it is now, with {@code code}'s chosen (null: the clinic's). */
    private void showLanguageChoices(String code) {
        List<LanguageChoice> now = LanguageChoice.forPatient(words, languages, clinicLanguage.get());
        if (!now.equals(languageChoices)) {
            languageChoices.setAll(now);
        }
        handoutLanguage.set(LanguageChoice.of(languageChoices, code));
    }

    private void changed() {
        if (loading) {
            return;
        }
        Optional<Patient> patient = check();
        if (patient.isPresent() && id.get() != null && !patient.get().equals(saved.get())) {
            Patient now = patient.get();
            saved.set(now);
            write(now);
        }
    }

    private void write(Patient now) {
        writer.submit(List.of("patient", now.id()), () -> patients.save(now), stored -> unsaved = false, e -> {
            unsaved = true;
            problems.put(NAME, Problems.sentence(words, e));
        });
    }

    /** Hands her details to the writer again if a save of them failed (as the window closes). */
    public void retryUnsaved() {
        Patient now = saved.get();
        if (unsaved && now != null && now.id() != null) {
            write(now);
        }
    }

    /** 1 while her details, changed, could not be written; 0 otherwise. */
    public int unsavedEdits() {
        return unsaved ? 1 : 0;
    }

    /** What each field changed on a saved patient breaks while it stops her details being saved; empty if none. */
    public List<String> notKept() {
        return id.get() == null || valid.get() ? List.of() : List.copyOf(problems.values());
    }

    /** Lets her unwritten details go (the PT chose to close without them). */
    public void forgetUnsaved() {
        unsaved = false;
    }

    /** Saves a new patient (or the current one); empty when the form still has problems. */
    public Optional<Patient> save() {
        Optional<Patient> patient = check();
        patient.ifPresent(this::persist);
        return patient.isPresent() ? Optional.ofNullable(saved.get()) : Optional.empty();
    }

    private void persist(Patient patient) {
        writer.awaitIdle(); // a new patient's id is needed at once; earlier writes go first
        try {
            Patient stored = patients.save(patient);
            id.set(stored.id());
            saved.set(stored);
        } catch (StoreException e) {
            problems.put(NAME, Problems.sentence(words, e));
        }
    }

    /** Builds the patient the form describes, recording each problem beside its field. */
    private Optional<Patient> check() {
        problems.clear();
        LocalDate now = today.get();
        LocalDate birth = date(BIRTH_DATE, dateOfBirth.get(), now);
        LocalDate delivery = date(DELIVERY_DATE, deliveryDate.get(), now);
        if (delivery == null && !problems.containsKey(DELIVERY_DATE)) {
            problems.put(DELIVERY_DATE, words.get("ui-patients.deliveryDate"));
        }
        if (delivery != null && delivery.isAfter(now)) {
            problems.put(DELIVERY_DATE, words.get("ui-patients.deliveryFuture"));
        }
        if (birth != null && birth.isAfter(now)) {
            problems.put(BIRTH_DATE, words.get("ui-patients.birthFuture"));
        }
        weeksPostpartum.set(delivery == null || delivery.isAfter(now) ? "" : weeksText(delivery, now));
        if (name.get().isBlank()) {
            problems.put(NAME, words.get("ui-patients.name"));
        }
        if (problems.isEmpty()) {
            try {
                Patient p = new Patient(id.get(), name.get(), birth, delivery, deliveryType.get(), tearGrade.get(), births.get(),
                        breastfeeding.get(), goalList(), notes.get(), languageCode());
                valid.set(true);
                return Optional.of(p);
            } catch (ValidationException e) {
                problems.put(e.field(), Problems.sentence(words, e));
            }
        }
        valid.set(false);
        return Optional.empty();
    }

    private LocalDate date(String field, String text, LocalDate now) {
        try {
            return DateInput.parse(field, text, now);
        } catch (ValidationException e) {
            problems.put(field, Problems.sentence(words, e));
            return null;
        }
    }

    private String languageCode() {
        return handoutLanguage.get() == null ? null : handoutLanguage.get().code();
    }

    private List<String> goalList() {
        return Arrays.stream(goals.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String weeksText(LocalDate delivery, LocalDate now) {
        return words.count("ui-patients.weeksPostpartum", ChronoUnit.WEEKS.between(delivery, now));
    }


    public ObjectProperty<Long> idProperty() {
        return id;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty dateOfBirthProperty() {
        return dateOfBirth;
    }

    public StringProperty deliveryDateProperty() {
        return deliveryDate;
    }

    public ObjectProperty<DeliveryType> deliveryTypeProperty() {
        return deliveryType;
    }

    public ObjectProperty<Integer> tearGradeProperty() {
        return tearGrade;
    }

    public IntegerProperty birthsProperty() {
        return births;
    }

    public BooleanProperty breastfeedingProperty() {
        return breastfeeding;
    }

    public StringProperty goalsProperty() {
        return goals;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    /** The clinic's setting, then each language a handout prints in. */
    public ObservableList<LanguageChoice> languageChoices() {
        return languageChoices;
    }

    /** The language her handouts print in; the first choice (the clinic's setting) follows Settings. */
    public ObjectProperty<LanguageChoice> handoutLanguageProperty() {
        return handoutLanguage;
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty weeksPostpartumProperty() {
        return weeksPostpartum.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ObjectProperty<Patient> savedProperty() {
        return saved;
    }
}
