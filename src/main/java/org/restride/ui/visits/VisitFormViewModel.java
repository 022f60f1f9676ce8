package org.restride.ui.visits;

import org.restride.app.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.restride.app.Wording;
import org.restride.app.Writer;
import org.restride.text.Words;
import org.restride.domain.Criterion;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.Verdict;
import org.restride.domain.progress.Visit;
import org.restride.app.visits.VisitService;

/**
 * A visit being recorded for the patient on show: the form checks as the PT types, the verdict for the roadmap's
 * current phase follows every change, and nothing is saved until she asks, and only when every field reads right.
 * A "ready" verdict, once saved, can move her on to the next phase. Reading the form is {@link VisitReading}'s.
 */
public final class VisitFormViewModel {
    private final VisitService visits;
    private final Wording wording;
    private final Supplier<LocalDate> today;
    private final Writer writer;
    private final Words words;
    /** A save or move handed to the writer and not yet written: another waits for it. */
    private boolean writing;
    private boolean changedWhileWriting;
    private final VisitInputs inputs;
    private final ObjectProperty<Patient> patient = new SimpleObjectProperty<>();
    private final ObservableList<Roadmap> roadmapChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Roadmap> roadmap = new SimpleObjectProperty<>();
    private final OverrideInputs overrides;
    private final VisitReading reading;
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<RecordedVisit> saved = new SimpleObjectProperty<>();
    private final BooleanProperty unsavedChanges = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper canMoveOn = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Roadmap> movedOn = new SimpleObjectProperty<>();
    private boolean loading;

    public VisitFormViewModel(VisitService visits, Supplier<LocalDate> today, Wording wording, Writer writer) {
        this.writer = writer;
        this.visits = visits;
        this.wording = wording;
        this.words = wording.words();
        this.inputs = new VisitInputs(o -> changed(), words);
        this.overrides = new OverrideInputs(o -> changed(), words);
        this.today = today;
        this.reading = new VisitReading(visits, today, words, inputs, overrides);
        roadmap.addListener((o, old, now) -> {
            if (!loading && !sameChecklist(old, now)) {
                inputs.replaceChecklist(checklist(now));
            }
        });
        saved.addListener(o -> updateCanMoveOn());
        unsavedChanges.addListener(o -> updateCanMoveOn());
    }

    /** The words for phrases: symptom names, the verdict and its reasons. */
    public Wording wording() {
        return wording;
    }

    /** Shows the patient; a different patient starts a new visit, the same one (edited) keeps what was typed. */
    public void show(Patient shown) {
        Patient before = patient.get();
        patient.set(shown);
        if (shown != null && before != null && Objects.equals(shown.id(), before.id())) {
            if (!VisitReading.sameForTheRules(before, shown)) {
                check(); // her birth details changed: the verdict may too. Her name or notes typed: nothing to do
            }
            return;
        }
        movedOn.set(null);
        loadRoadmaps(null);
        startNew();
    }

    /** Reads the patient's roadmaps again (one may have changed elsewhere), keeping what was typed. */
    public void refresh() {
        Roadmap chosen = roadmap.get();
        loadRoadmaps(chosen == null ? null : chosen.id());
        check();
    }

    private void loadRoadmaps(Long keep) {
        Patient p = patient.get();
        List<Roadmap> found = p == null || p.id() == null ? List.of() : visits.roadmapsOf(p.id());
        roadmapChoices.setAll(found);
        Roadmap pick = found.stream().filter(r -> r.id().equals(keep)).findFirst()
                .orElse(found.isEmpty() ? null : found.get(0));
        roadmap.set(pick);
    }

    /** Empties the form for a new visit today against the roadmap's current phase. */
    public void startNew() {
        loading = true;
        try {
            saved.set(null);
            unsavedChanges.set(false);
            overrides.clear();
            inputs.clear(today.get(), checklist(roadmap.get()), patient.get() == null ? List.of() : visits.measures());
        } finally {
            loading = false;
        }
        message.set("");
        check();
    }

    private void changed() {
        if (loading) {
            return;
        }
        if (saved.get() != null) {
            unsavedChanges.set(true);
        }
        changedWhileWriting = writing;
        check();
    }

    /** Reads the form: problems beside their fields, and the verdict when everything reads right. */
    private Optional<Visit> check() {
        return reading.read(patient.get(), usableRoadmap(), saved.get());
    }

    /** Saves the visit with its verdict. Nothing is saved while a field has a problem or an override lacks its reason. */
    public boolean save() {
        if (writing) {
            message.set(words.get("ui-visits.stillSaving"));
            return false;
        }
        if (!roadmapStillAsShown()) {
            return false;
        }
        Optional<Visit> visit = check();
        if (visit.isEmpty()) {
            message.set(words.get("ui-visits.seeNotes"));
            return false;
        }
        if (overrides.anyLacksReason()) {
            message.set(words.get("ui-visits.overrideReason"));
            return false;
        }
        Visit v = visit.get();
        Patient p = patient.get();
        Roadmap r = usableRoadmap();
        LocalDate day = today.get();
        write(() -> visits.record(v, p, r, day), recorded -> {
            saved.set(recorded);
            unsavedChanges.set(changedWhileWriting);
            boolean ready = recorded.verdict() != null && recorded.verdict().canProgress();
            message.set(words.get(ready ? "ui-visits.savedReady" : "ui-visits.saved", recorded.visit().date()));
        });
        return true;
    }

    /**
     * Hands one write to the background writer; {@code done} shows its result once written. The form keeps what
     * was typed either way; a failure is told on the message line, and saving again tries again.
     */
    private <T> void write(Supplier<T> work, Consumer<T> done) {
        writing = true;
        changedWhileWriting = false;
        message.set(words.get("ui-visits.saving"));
        writer.submit(null, work, result -> {
            writing = false;
            done.accept(result);
        }, e -> {
            writing = false;
            message.set(e instanceof ValidationException ? Problems.sentence(words, e)
                    : words.get("ui-saves.failed", Problems.sentence(words, e)));
        });
    }

    /** Refuses to save against a phase that changed elsewhere since the checklist was made, and shows the new one. */
    private boolean roadmapStillAsShown() {
        Roadmap shown = roadmap.get();
        if (shown == null) {
            return true;
        }
        Optional<Roadmap> now = visits.roadmap(shown.id());
        if (now.isPresent() && sameChecklist(shown, now.get()) && now.get().currentPhase() == shown.currentPhase()) {
            return true;
        }
        refresh();
        message.set(words.get("ui-visits.roadmapChanged"));
        return false;
    }

    /** Moves her on to the next phase after a saved "ready" verdict, and starts a new visit for that phase. */
    public boolean moveOn() {
        RecordedVisit recorded = saved.get();
        if (!canMoveOn.get() || writing) {
            return false;
        }
        write(() -> visits.acceptReady(recorded), moved -> {
            loadRoadmaps(moved.id());
            startNew();
            movedOn.set(moved);
            message.set(words.get("ui-visits.movedOn", moved.current().name()));
        });
        return true;
    }

    private void updateCanMoveOn() {
        RecordedVisit recorded = saved.get();
        canMoveOn.set(recorded != null && recorded.verdict() != null && recorded.verdict().canProgress()
                && !unsavedChanges.get());
    }

    /** The roadmap a verdict can be given against: chosen, with at least one phase. */
    private Roadmap usableRoadmap() {
        Roadmap r = roadmap.get();
        return r == null || r.phases().isEmpty() ? null : r;
    }

    private static List<Criterion> checklist(Roadmap r) {
        return r == null || r.phases().isEmpty() ? List.of() : r.current().exitCriteria();
    }

    private static boolean sameChecklist(Roadmap a, Roadmap b) {
        return checklist(a).equals(checklist(b));
    }

    // --- properties --------------------------------------------------------------------------------------

    public VisitInputs inputs() {
        return inputs;
    }

    public ObjectProperty<Patient> patientProperty() {
        return patient;
    }

    public ObservableList<Roadmap> roadmapChoices() {
        return roadmapChoices;
    }

    public ObjectProperty<Roadmap> roadmapProperty() {
        return roadmap;
    }

    public ObservableMap<String, String> problems() {
        return reading.problems();
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return reading.verdictProperty();
    }

    /** False while a field has a problem: the verdict shown is from before the last change. */
    public ReadOnlyBooleanProperty verdictCurrentProperty() {
        return reading.verdictCurrentProperty();
    }

    /** The red flags ticked, as the verdict words them: shown apart and prominently, never averaged away. */
    public ObservableList<Reason> redFlags() {
        return reading.redFlags();
    }

    public ObservableList<OverrideInput> overrides() {
        return overrides.shown();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<RecordedVisit> savedProperty() {
        return saved;
    }

    public BooleanProperty unsavedChangesProperty() {
        return unsavedChanges;
    }

    /** A saved "ready" verdict, not changed since, with a next phase to move on to. */
    public ReadOnlyBooleanProperty canMoveOnProperty() {
        return canMoveOn.getReadOnlyProperty();
    }

    /** The roadmap just moved on to its next phase, for the offer to reissue the handout; null otherwise. */
    public ObjectProperty<Roadmap> movedOnProperty() {
        return movedOn;
    }
}
