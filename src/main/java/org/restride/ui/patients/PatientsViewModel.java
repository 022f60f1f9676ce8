package org.restride.ui.patients;

import java.util.function.LongFunction;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.app.Problems;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;
import org.restride.app.Writer;
import org.restride.store.TemplateRepository;
import org.restride.domain.DeliveryType;
import org.restride.text.Words;
import org.restride.app.editing.RoadmapStarter;
import org.restride.ui.roadmaps.RoadmapSummary;

/** The patient list (searched as the PT types), the chosen patient's form and roadmaps, and starting a roadmap. */
public final class PatientsViewModel {
    private final PatientRepository patients;
    private final RoadmapRepository roadmaps;
    private final TemplateRepository templates;
    private final RoadmapStarter starter;
    private final PatientFormViewModel form;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Patient> list = FXCollections.observableArrayList();
    private final ObservableList<RoadmapSummary> patientRoadmaps = FXCollections.observableArrayList();
    private final ObservableList<Template> templateChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Template> chosenTemplate = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Roadmap> started = new SimpleObjectProperty<>();
    private final Writer writer;
    /** A start handed to the writer and not yet written: a second press of the button starts nothing more. */
    private boolean starting;
    private final Words words;
    private Template warnedFor;

    public PatientsViewModel(PatientRepository patients, RoadmapRepository roadmaps, TemplateRepository templates,
                             RoadmapStarter starter, PatientFormViewModel form, Writer writer, Words words) {
        this.words = words;
        this.writer = writer;
        this.patients = patients;
        this.roadmaps = roadmaps;
        this.templates = templates;
        this.starter = starter;
        this.form = form;
        search.addListener(o -> refresh());
        form.savedProperty().addListener((o, old, now) -> {
            boolean herOwnForm = old != null && now != null && old.id() != null && old.id().equals(now.id());
            // A pick in the list lands here while the list is still telling of it: a listed patient is updated in
            // place, never by reloading the list (that would empty the selection being reported).
            boolean listed = now != null && now.id() != null && showInList(now);
            if (herOwnForm) {
                return; // her own form, typed in: no search, template or roadmap is read again per keystroke
            }
            if (listed) {
                refreshTemplates();
            } else {
                refresh();
            }
            showRoadmapsOf(now);
        });
    }

    /** Puts her newer details in her row, if she is listed; true when she is. */
    private boolean showInList(Patient p) {
        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
            if (p.id().equals(list.get(i).id())) {
                found = true;
                if (!p.equals(list.get(i))) {
                    list.set(i, p);
                }
            }
        }
        return found;
    }

    public void refresh() {
        list.setAll(patients.search(search.get()));
        refreshTemplates();
    }

    private void refreshTemplates() {
        templateChoices.setAll(templates.all());
        if (chosenTemplate.get() == null || !templateChoices.contains(chosenTemplate.get())) {
            chosenTemplate.set(templateChoices.isEmpty() ? null : templateChoices.get(0));
        }
    }

    public void select(Patient patient) {
        if (patient != null && !patient.equals(form.savedProperty().get())) {
            form.load(patient);
        }
    }

    public void newPatient() {
        form.startNew();
        patientRoadmaps.clear();
        message.set("");
    }

    private void showRoadmapsOf(Patient p) {
        patientRoadmaps.setAll(p == null || p.id() == null ? List.of()
                : roadmaps.listingsForPatient(p.id()).stream().map(r -> RoadmapSummary.of(r, words)).toList());
    }

    /**
     * Starts a roadmap for the saved patient from the chosen template; empty with a message otherwise. For a
     * caesarean birth, a template that has a caesarean version ({@code return-to-run} and
     * {@code return-to-run-caesarean}) is not started at once: the caesarean one is chosen instead and the PT is
     * told why; starting again with the first choice uses it.
     */
    public boolean startFromTemplate() {
        Template template = chosenTemplate.get();
        if (template == null) {
            message.set(words.get("ui-patients.chooseTemplate"));
            return false;
        }
        Optional<Template> caesarean = form.deliveryTypeProperty().get() != DeliveryType.CAESAREAN ? Optional.empty()
                : templateChoices.stream().filter(t -> t.key().equals(template.key() + "-caesarean")).findFirst();
        if (caesarean.isPresent() && !template.equals(warnedFor)) {
            warnedFor = template;
            chosenTemplate.set(caesarean.get());
            message.set(words.get("visit.template.caesarean", template.title(), caesarean.get().title()));
            return false;
        }
        warnedFor = null;
        return start(id -> starter.fromTemplate(id, template.key()));
    }

    public boolean startFromScratch() {
        return start(starter::fromScratch);
    }

    public boolean startFromCopy(long earlierRoadmapId) {
        return start(id -> starter.copyOf(earlierRoadmapId, id));
    }

    /**
     * Hands the start to the background writer and returns at once (true); once it is written, her roadmap list
     * shows it and {@link #startedProperty()} holds it for the editor to open. A start that fails is told.
     */
    private boolean start(LongFunction<Roadmap> create) {
        if (starting) {
            return false;
        }
        Patient patient = form.savedProperty().get();
        if (patient == null) {
            patient = form.save().orElse(null);
        }
        if (patient == null) {
            message.set(words.get("ui-patients.finishDetails"));
            return false;
        }
        Patient whose = patient;
        message.set("");
        starting = true;
        writer.submit(null, () -> create.apply(whose.id()), roadmap -> {
            starting = false;
            if (whose.equals(form.savedProperty().get())) {
                showRoadmapsOf(whose);
            }
            started.set(roadmap);
        }, e -> {
            starting = false;
            message.set(words.get("ui-saves.notStarted", Problems.sentence(words, e)));
        });
        return true;
    }

    /** The roadmap last started here, once written: the window opens it in the editor. */
    public ObjectProperty<Roadmap> startedProperty() {
        return started;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Patient> list() {
        return list;
    }

    public ObservableList<RoadmapSummary> patientRoadmaps() {
        return patientRoadmaps;
    }

    public ObservableList<Template> templateChoices() {
        return templateChoices;
    }

    public ObjectProperty<Template> chosenTemplateProperty() {
        return chosenTemplate;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public PatientFormViewModel form() {
        return form;
    }
}
