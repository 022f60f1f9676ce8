package org.restride.domain.progress;

import java.util.Set;
import org.restride.domain.Check;
import org.restride.domain.Criterion;
import org.restride.domain.TextFold;
import org.restride.domain.ValidationException;

/**
 * One readiness test as done at a visit. The criterion is copied in, so the result still reads correctly after
 * the roadmap changes. A test with a target has a value, or a left and a right value when it is done on each
 * side; a yes/no statement has {@code met}. Anything null was not tested (never zero). Symptoms and pain (0–10)
 * are what she noticed during the test.
 */
public record CriterionResult(Criterion criterion, Integer value, Integer left, Integer right, Boolean met,
                              Set<PelvicSymptom> symptoms, Integer pain, String note) {
    /** Whether the test reached its target. */
    public enum Outcome { MET, SHORT, NOT_TESTED }

    public CriterionResult {
        Check.present("criterion", criterion);
        String name = criterion.name();
        if (criterion.target() == null) {
            requireAbsent(name, "result.yesOrNo", value);
            requireAbsent(name + "#left", "result.yesOrNo", left);
            requireAbsent(name + "#right", "result.yesOrNo", right);
        } else {
            if (met != null) {
                throw new ValidationException(name, "result.measured");
            }
            if (criterion.eachSide()) {
                requireAbsent(name, "result.eachSide", value);
                checkPlausible(criterion, name + "#left", left);
                checkPlausible(criterion, name + "#right", right);
            } else {
                requireAbsent(name + "#left", "result.oneValue", left);
                requireAbsent(name + "#right", "result.oneValue", right);
                checkPlausible(criterion, name, value);
            }
        }
        symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
        Check.optionalRange(name + "#pain", pain, SymptomCheck.PAIN.min(), SymptomCheck.PAIN.max());
        note = Check.optionalText(name + ", note", note, 1000);
    }

    public static CriterionResult notTested(Criterion criterion) {
        return new CriterionResult(criterion, null, null, null, null, Set.of(), null, null);
    }

    public static CriterionResult of(Criterion criterion, Integer value) {
        return new CriterionResult(criterion, value, null, null, null, Set.of(), null, null);
    }

    public static CriterionResult perSide(Criterion criterion, Integer left, Integer right) {
        return new CriterionResult(criterion, null, left, right, null, Set.of(), null, null);
    }

    public static CriterionResult statement(Criterion criterion, Boolean met) {
        return new CriterionResult(criterion, null, null, null, met, Set.of(), null, null);
    }

    /** The same result with what she noticed during the test. */
    public CriterionResult withSymptoms(Set<PelvicSymptom> newSymptoms, Integer newPain) {
        return new CriterionResult(criterion, value, left, right, met, newSymptoms, newPain, note);
    }

    public CriterionResult withNote(String newNote) {
        return new CriterionResult(criterion, value, left, right, met, symptoms, pain, newNote);
    }

    public Outcome outcome() {
        if (criterion.target() == null) {
            return met == null ? Outcome.NOT_TESTED : met ? Outcome.MET : Outcome.SHORT;
        }
        if (criterion.eachSide()) {
            if (isShort(left) || isShort(right)) {
                return Outcome.SHORT;
            }
            return left == null || right == null ? Outcome.NOT_TESTED : Outcome.MET;
        }
        return value == null ? Outcome.NOT_TESTED : isShort(value) ? Outcome.SHORT : Outcome.MET;
    }

    public boolean hasSymptoms() {
        return !symptoms.isEmpty();
    }

    /** Whether this result answers the given criterion: the same key, or for criteria without a key the same name. */
    public boolean isFor(Criterion other) {
        if (criterion.key() != null || other.key() != null) {
            return criterion.key() != null && criterion.key().equals(other.key());
        }
        return TextFold.fold(criterion.name()).equals(TextFold.fold(other.name()));
    }

    /** What was measured against the target ("14/20 on the left", "20/30 min", "right side not tested"), as a phrase. */
    public Phrase measured() {
        if (criterion.target() == null) {
            return Phrase.of(met == null ? "verdict.measured.notChecked" : met ? "verdict.measured.met" : "verdict.measured.notYet");
        }
        if (!criterion.eachSide()) {
            return value == null ? Phrase.of("verdict.measured.notTested") : fraction(value);
        }
        if (left == null && right == null) {
            return Phrase.of("verdict.measured.notTested");
        }
        Phrase leftPart = side("left", left);
        Phrase rightPart = side("right", right);
        if (leftPart == null && rightPart == null) {
            return Phrase.of("verdict.measured.bothSides", left, right);
        }
        if (leftPart == null) {
            return rightPart;
        }
        return rightPart == null ? leftPart : Phrase.of("verdict.measured.twoSides", leftPart, rightPart);
    }

    /** A side worth mentioning: short of target, or not tested. Null for a side that met its target. */
    private Phrase side(String name, Integer sideValue) {
        if (sideValue == null) {
            return Phrase.of("verdict.measured.notTested." + name);
        }
        return isShort(sideValue) ? Phrase.of("verdict.measured.short." + name, fraction(sideValue)) : null;
    }

    private Phrase fraction(int measuredValue) {
        return Phrase.of("verdict.measured.of." + criterion.target().unit().key(), measuredValue, criterion.target().min());
    }

    private boolean isShort(Integer measuredValue) {
        return measuredValue != null && measuredValue < criterion.target().min();
    }

    private static void checkPlausible(Criterion criterion, String field, Integer measuredValue) {
        if (measuredValue == null) {
            return;
        }
        int max = PlausibleRange.bounds(criterion.target().unit()).max();
        if (measuredValue < 0 || measuredValue > max) {
            throw new ValidationException(field, "result.range." + criterion.target().unit().key(), max, measuredValue);
        }
    }

    private static void requireAbsent(String field, String problem, Integer given) {
        if (given != null) {
            throw new ValidationException(field, problem);
        }
    }
}
