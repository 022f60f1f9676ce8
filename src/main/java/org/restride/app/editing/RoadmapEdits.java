package org.restride.app.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.WeekRange;

/** The edits a PT makes to a roadmap, as pure functions from one roadmap record to the next. */
public final class RoadmapEdits {
    private RoadmapEdits() {
    }

    public static Roadmap withPhase(Roadmap r, int index, UnaryOperator<Phase> change) {
        List<Phase> phases = new ArrayList<>(r.phases());
        phases.set(index, change.apply(phases.get(index)));
        return r.withPhases(phases);
    }

    public static Roadmap addPhase(Roadmap r, Phase phase) {
        List<Phase> phases = new ArrayList<>(r.phases());
        phases.add(phase);
        return r.withPhases(phases);
    }

    public static Roadmap removePhase(Roadmap r, int index) {
        List<Phase> phases = new ArrayList<>(r.phases());
        phases.remove(index);
        int current = r.currentPhase() > index ? r.currentPhase() - 1 : r.currentPhase();
        return withCurrent(r.withPhases(phases), current);
    }

    /** Moves a phase up (delta -1) or down (+1); the current phase stays the same phase. */
    public static Roadmap movePhase(Roadmap r, int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= r.phases().size()) {
            return r;
        }
        List<Phase> phases = new ArrayList<>(r.phases());
        Phase moving = phases.remove(index);
        phases.add(target, moving);
        int current = r.currentPhase();
        if (current == index) {
            current = target;
        } else if (current == target) {
            current = index;
        }
        return withCurrent(r.withPhases(phases), current);
    }

    public static Roadmap withCurrent(Roadmap r, int current) {
        int bounded = Math.max(0, Math.min(current, Math.max(0, r.phases().size() - 1)));
        return new Roadmap(r.id(), r.patientId(), r.title(), r.goal(), r.status(), bounded, r.phases(), r.created());
    }

    public static Roadmap withTitle(Roadmap r, String title) {
        return new Roadmap(r.id(), r.patientId(), title, r.goal(), r.status(), r.currentPhase(), r.phases(), r.created());
    }

    public static Phase rename(Phase p, String name) {
        return new Phase(p.kind(), name, p.purpose(), p.weeks(), p.items(), p.exitCriteria());
    }

    public static Phase withPurpose(Phase p, String purpose) {
        return new Phase(p.kind(), p.name(), purpose, p.weeks(), p.items(), p.exitCriteria());
    }

    public static Phase withWeeks(Phase p, WeekRange weeks) {
        return new Phase(p.kind(), p.name(), p.purpose(), weeks, p.items(), p.exitCriteria());
    }

    public static Phase insertItem(Phase p, int index, PhaseItem item) {
        List<PhaseItem> items = new ArrayList<>(p.items());
        items.add(Math.max(0, Math.min(index, items.size())), item);
        return p.withItems(items);
    }

    public static Phase removeItem(Phase p, int index) {
        List<PhaseItem> items = new ArrayList<>(p.items());
        items.remove(index);
        return p.withItems(items);
    }

    /** Moves an item within or between phases; {@code toIndex} counts in the target phase before removal. */
    public static Roadmap moveItem(Roadmap r, int fromPhase, int fromIndex, int toPhase, int toIndex) {
        PhaseItem item = r.phases().get(fromPhase).items().get(fromIndex);
        Roadmap removed = withPhase(r, fromPhase, p -> removeItem(p, fromIndex));
        int adjusted = fromPhase == toPhase && toIndex > fromIndex ? toIndex - 1 : toIndex;
        return withPhase(removed, toPhase, p -> insertItem(p, adjusted, item));
    }

    public static Phase addCriterion(Phase p, Criterion criterion) {
        List<Criterion> criteria = new ArrayList<>(p.exitCriteria());
        criteria.add(criterion);
        return new Phase(p.kind(), p.name(), p.purpose(), p.weeks(), p.items(), criteria);
    }

    public static Phase removeCriterion(Phase p, int index) {
        List<Criterion> criteria = new ArrayList<>(p.exitCriteria());
        criteria.remove(index);
        return new Phase(p.kind(), p.name(), p.purpose(), p.weeks(), p.items(), criteria);
    }
}
