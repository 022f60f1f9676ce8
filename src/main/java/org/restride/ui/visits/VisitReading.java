package org.restride.ui.visits;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.restride.app.Problems;
import org.restride.app.visits.VisitService;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.Verdict;
import org.restride.domain.progress.Visit;
import org.restride.text.Words;

/**
 * The visit form read as the PT types: the problems beside their fields, the verdict for the roadmap's current
 * phase once every field reads right, and the red flags ticked, shown at once even while another field has a problem.
 */
final class VisitReading {
    private final VisitService visits;
    private final Supplier<LocalDate> today;
    private final Words words;
    private final VisitInputs inputs;
    private final OverrideInputs overrides;
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper verdictCurrent = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Reason> redFlags = FXCollections.observableArrayList();

    VisitReading(VisitService visits, Supplier<LocalDate> today, Words words, VisitInputs inputs, OverrideInputs overrides) {
        this.visits = visits;
        this.today = today;
        this.words = words;
        this.inputs = inputs;
        this.overrides = overrides;
    }

    /**
     * Reads the form for the patient against the roadmap (null: none with a phase), as the visit {@code saved}
     * is again if there is one. The visit when every field reads right.
     */
    Optional<Visit> read(Patient p, Roadmap usable, RecordedVisit saved) {
        if (p == null || p.id() == null) {
            problems.clear();
            verdict.set(null);
            redFlags.clear();
            return Optional.empty();
        }
        Map<String, String> found = new HashMap<>();
        Optional<Visit> visit = inputs.read(p, today.get(), found).flatMap(parts -> build(p, usable, saved, parts, found));
        problems.keySet().retainAll(found.keySet());
        problems.putAll(found);
        if (usable == null) {
            verdict.set(null);
            verdictCurrent.set(false);
        } else if (visit.isPresent()) {
            verdict.set(visits.preview(visit.get(), p, usable, today.get()));
            verdictCurrent.set(true);
        } else {
            verdictCurrent.set(false);
        }
        overrides.showFor(verdict.get());
        showRedFlags(p, usable);
        return visit;
    }

    /**
     * The red flags ticked, from the verdict when it is up to date; otherwise worked out on their own, so that a red
     * flag shows at once even while another field has a problem or she has no roadmap.
     */
    private void showRedFlags(Patient p, Roadmap usable) {
        Set<RedFlag> ticked = inputs.symptoms().tickedRedFlags(p);
        List<Reason> shown = ticked.isEmpty() ? List.of() : verdictCurrent.get() ? verdict.get().redFlags()
                : RedFlagsAlone.reasons(visits, p, usable, ticked, today.get(), words);
        if (!shown.equals(redFlags)) {
            redFlags.setAll(shown);
        }
    }

    private Optional<Visit> build(Patient p, Roadmap r, RecordedVisit saved, VisitInputs.Parts parts,
                                  Map<String, String> found) {
        try {
            Visit visit = new Visit(saved == null ? null : saved.id(), p.id(), r == null ? null : r.id(),
                    r == null ? null : r.currentPhase(), parts.date(), parts.results(), parts.symptoms(), parts.redFlags(),
                    parts.readiness(), parts.diastasis(), parts.scores(), overrides.chosen(), parts.notes(),
                    parts.wellbeing());
            visit.checkFor(p, today.get());
            return Optional.of(visit);
        } catch (ValidationException e) {
            found.put(VisitInputs.NOTES.equals(e.field()) ? VisitInputs.NOTES : VisitInputs.DATE, Problems.sentence(words, e));
            return Optional.empty();
        }
    }

    /** The same patient as far as the readiness rules go: her birth, body and feeding, not her name or notes. */
    static boolean sameForTheRules(Patient a, Patient b) {
        return Objects.equals(a.dateOfBirth(), b.dateOfBirth()) && Objects.equals(a.deliveryDate(), b.deliveryDate())
                && a.deliveryType() == b.deliveryType() && Objects.equals(a.perinealTearGrade(), b.perinealTearGrade())
                && a.births() == b.births() && a.breastfeeding() == b.breastfeeding();
    }

    ObservableMap<String, String> problems() {
        return problems;
    }

    ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    ReadOnlyBooleanProperty verdictCurrentProperty() {
        return verdictCurrent.getReadOnlyProperty();
    }

    ObservableList<Reason> redFlags() {
        return redFlags;
    }
}
