package org.restride.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restride.domain.Check;
import org.restride.domain.Criterion;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;

/**
 * A visit: the date, results for the current phase's readiness tests, the symptom check, red flags, daily
 * readiness, diastasis measurements, outcome-measure scores (measure key to score), any rules the PT overrode, and
 * notes. The roadmap and phase it was recorded against are kept (null when she has no roadmap yet). The id is
 * null until the visit is first saved.
 */
public record Visit(Long id, long patientId, Long roadmapId, Integer phaseIndex, LocalDate date,
                    List<CriterionResult> results, SymptomCheck symptoms, Set<RedFlag> redFlags,
                    DailyReadiness readiness, List<DiastasisMeasurement> diastasis, Map<String, Double> scores,
                    List<RuleOverride> overrides, String notes, Wellbeing wellbeing) {
    public static final int MAX_RESULTS = 60;
    public static final int MAX_DIASTASIS = 12;

    public Visit {
        Check.present("visitDate", date);
        results = List.copyOf(results == null ? List.of() : results);
        if (results.size() > MAX_RESULTS) {
            throw new ValidationException("testResults", "atMost", MAX_RESULTS, results.size());
        }
        for (int i = 0; i < results.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (results.get(i).isFor(results.get(j).criterion())) {
                    throw new ValidationException(results.get(i).criterion().name(), "visit.twice");
                }
            }
        }
        symptoms = symptoms == null ? SymptomCheck.NOT_ASKED : symptoms;
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
        readiness = readiness == null ? DailyReadiness.NOT_ASKED : readiness;
        diastasis = List.copyOf(diastasis == null ? List.of() : diastasis);
        if (diastasis.size() > MAX_DIASTASIS) {
            throw new ValidationException("diastasisMeasurements", "atMost", MAX_DIASTASIS, diastasis.size());
        }
        scores = Map.copyOf(scores == null ? Map.of() : scores);
        overrides = List.copyOf(overrides == null ? List.of() : overrides);
        Set<Rule> overridden = new HashSet<>();
        for (RuleOverride o : overrides) {
            if (!overridden.add(o.rule())) {
                throw new ValidationException("override", "visit.overriddenTwice", o.rule().key());
            }
        }
        notes = Check.optionalText("notes", notes, 20_000);
        wellbeing = wellbeing == null ? Wellbeing.NOT_ASKED : wellbeing;
        if (phaseIndex != null) {
            Check.range("phase", phaseIndex, 0, 1000);
        }
    }

    /**
     * A new visit against the roadmap's current phase, with every exit criterion listed as not tested: the
     * checklist the visit form starts from.
     */
    public static Visit start(Roadmap roadmap, LocalDate date) {
        Check.present("roadmap", roadmap);
        if (roadmap.id() == null) {
            throw new ValidationException("roadmap", "visit.unsaved");
        }
        List<CriterionResult> checklist = roadmap.current().exitCriteria().stream().map(CriterionResult::notTested).toList();
        return new Visit(null, roadmap.patientId(), roadmap.id(), roadmap.currentPhase(), date, checklist,
                SymptomCheck.NOT_ASKED, Set.of(), DailyReadiness.NOT_ASKED, List.of(), Map.of(), List.of(), null, Wellbeing.NOT_ASKED);
    }

    /** A visit with no roadmap (before a plan exists): symptoms, measures and notes only. */
    public static Visit withoutRoadmap(long patientId, LocalDate date) {
        return new Visit(null, patientId, null, null, date, List.of(), SymptomCheck.NOT_ASKED, Set.of(),
                DailyReadiness.NOT_ASKED, List.of(), Map.of(), List.of(), null, Wellbeing.NOT_ASKED);
    }

    /**
     * Refuses a visit dated before the birth or after today, or with a red flag that does not fit her birth (wound
     * signs after a birth that was not a caesarean). Separate from the constructor because it needs the patient and
     * today's date.
     */
    public void checkFor(Patient patient, LocalDate today) {
        if (patient.id() != null && patient.id() != patientId) {
            throw new ValidationException("patient", "visit.otherPatient");
        }
        if (date.isBefore(patient.deliveryDate())) {
            throw new ValidationException("visitDate", "visit.beforeDelivery", patient.deliveryDate(), date);
        }
        if (date.isAfter(today)) {
            throw new ValidationException("visitDate", "future", today, date);
        }
        for (RedFlag flag : redFlags) {
            if (!flag.appliesTo(patient.deliveryType())) {
                throw new ValidationException("redFlags", "visit.caesareanOnly", flag.key(), patient.deliveryType().key());
            }
        }
    }

    /** The result for a criterion, if it was recorded. */
    public Optional<CriterionResult> resultFor(Criterion criterion) {
        return results.stream().filter(r -> r.isFor(criterion)).findFirst();
    }

    public Optional<RuleOverride> overrideOf(Rule rule) {
        return overrides.stream().filter(o -> o.rule() == rule).findFirst();
    }

    public Visit withId(long newId) {
        return new Visit(newId, patientId, roadmapId, phaseIndex, date, results, symptoms, redFlags, readiness, diastasis,
                scores, overrides, notes, wellbeing);
    }

    /** The same visit recorded against another roadmap and phase. */
    public Visit withPhase(Long newRoadmapId, Integer newPhaseIndex) {
        return new Visit(id, patientId, newRoadmapId, newPhaseIndex, date, results, symptoms, redFlags, readiness, diastasis,
                scores, overrides, notes, wellbeing);
    }

    public Visit withDate(LocalDate newDate) {
        return new Visit(id, patientId, roadmapId, phaseIndex, newDate, results, symptoms, redFlags, readiness, diastasis,
                scores, overrides, notes, wellbeing);
    }

    /** Replaces the result for the same criterion, or adds it. */
    public Visit withResult(CriterionResult result) {
        List<CriterionResult> copy = new ArrayList<>(results);
        int at = -1;
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).isFor(result.criterion())) {
                at = i;
            }
        }
        if (at >= 0) {
            copy.set(at, result);
        } else {
            copy.add(result);
        }
        return withResults(copy);
    }

    public Visit withResults(List<CriterionResult> newResults) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, newResults, symptoms, redFlags, readiness, diastasis,
                scores, overrides, notes, wellbeing);
    }

    public Visit withSymptoms(SymptomCheck newSymptoms) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, newSymptoms, redFlags, readiness, diastasis,
                scores, overrides, notes, wellbeing);
    }

    public Visit withRedFlags(Set<RedFlag> newRedFlags) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, symptoms, newRedFlags, readiness, diastasis,
                scores, overrides, notes, wellbeing);
    }

    public Visit withReadiness(DailyReadiness newReadiness) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, symptoms, redFlags, newReadiness, diastasis,
                scores, overrides, notes, wellbeing);
    }

    public Visit withDiastasis(List<DiastasisMeasurement> newDiastasis) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, symptoms, redFlags, readiness, newDiastasis,
                scores, overrides, notes, wellbeing);
    }

    public Visit withScore(String measureKey, Double value) {
        Map<String, Double> copy = new LinkedHashMap<>(scores);
        if (value == null) {
            copy.remove(measureKey);
        } else {
            copy.put(Check.text("measure", measureKey, 60), value);
        }
        return withScores(copy);
    }

    public Visit withScores(Map<String, Double> newScores) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, symptoms, redFlags, readiness, diastasis,
                newScores, overrides, notes, wellbeing);
    }

    public Visit withOverrides(List<RuleOverride> newOverrides) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, symptoms, redFlags, readiness, diastasis,
                scores, newOverrides, notes, wellbeing);
    }

    public Visit withNotes(String newNotes) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, symptoms, redFlags, readiness, diastasis,
                scores, overrides, newNotes, wellbeing);
    }

    public Visit withWellbeing(Wellbeing newWellbeing) {
        return new Visit(id, patientId, roadmapId, phaseIndex, date, results, symptoms, redFlags, readiness, diastasis,
                scores, overrides, notes, newWellbeing);
    }
}
