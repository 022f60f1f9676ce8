package org.restride.handout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.restride.domain.Criterion;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;

/**
 * The rows of her week as "This week" and the log show them: the phase's exercises less those the walk–run table
 * stands for and the checks that have no days of their own (they are taught as checks, not done each week), with
 * the later steps of a ladder told apart, since she adds them one at a time.
 */
final class PlanRows {
    private final HandoutRequest request;
    private final List<PhaseItem> rows;
    private final List<PhaseItem> items;
    private final Set<String> inPhase = new HashSet<>();

    PlanRows(HandoutRequest request, Phase phase, int index) {
        this.request = request;
        Set<String> checks = new HashSet<>();
        phase.exitCriteria().stream().map(Criterion::exerciseId).filter(id -> id != null).forEach(checks::add);
        this.items = phase.items();
        items.forEach(i -> inPhase.add(i.exerciseId()));
        this.rows = ThisWeek.rows(request, phase, index).stream()
                .filter(i -> !(checks.contains(i.exerciseId()) && i.dosage().daysPerWeek() == null)).toList();
    }

    List<PhaseItem> rows() {
        return rows;
    }

    /** How far down the easier versions a ladder is followed to find the step before (a step may be left out). */
    private static final int LADDER_LOOK_BACK = 4;

    /**
     * The easier exercise in the same phase that this one follows on its ladder (skipping steps the phase leaves
     * out), or null when she starts it straight away.
     */
    Exercise after(PhaseItem item) {
        Exercise step = request.exercises().get(item.exerciseId());
        for (int i = 0; i < LADDER_LOOK_BACK && step != null && step.easierId() != null; i++) {
            if (inPhase.contains(step.easierId())) {
                return request.exercises().get(step.easierId());
            }
            step = request.exercises().get(step.easierId());
        }
        return null;
    }

    /** The item of the phase that follows {@code exercise} on its ladder, or null when none does. */
    PhaseItem next(Exercise exercise) {
        return items.stream().filter(i -> {
            Exercise before = after(i);
            return before != null && before.id().equals(exercise.id());
        }).findFirst().orElse(null);
    }

    /** The row of the ladder she starts this phase on, down from {@code item}; the item itself when it is one. */
    PhaseItem firstStep(PhaseItem item) {
        PhaseItem step = item;
        for (int guard = 0; guard < rows.size() && after(step) != null; guard++) {
            String before = after(step).id();
            PhaseItem row = rows.stream().filter(r -> r.exerciseId().equals(before)).findFirst().orElse(null);
            if (row == null) {
                break;
            }
            step = row;
        }
        return step;
    }

    /** The rows she does from the start of the phase (not the later steps of a ladder). */
    List<PhaseItem> fromTheStart() {
        return rows.stream().filter(i -> after(i) == null).toList();
    }
}
