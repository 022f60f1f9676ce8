package org.restride.domain;

import java.util.ArrayList;
import java.util.List;

/** One stage of a roadmap: what it is for, when, the exercises, and the tests that end it. */
public record Phase(PhaseKind kind, String name, String purpose, WeekRange weeks, List<PhaseItem> items,
                    List<Criterion> exitCriteria) {
    public static final int MAX_ITEMS = 60;

    public Phase {
        Check.present("phaseKind", kind);
        name = Check.line("phaseName", name, 120);
        purpose = Check.optionalText("purpose", purpose, 2000);
        Check.present("weekRange", weeks);
        items = List.copyOf(items == null ? List.of() : items);
        if (items.size() > MAX_ITEMS) {
            throw new ValidationException("exercises", "phase.tooMany", MAX_ITEMS, items.size());
        }
        exitCriteria = List.copyOf(exitCriteria == null ? List.of() : exitCriteria);
    }

    public Phase withItems(List<PhaseItem> newItems) {
        return new Phase(kind, name, purpose, weeks, newItems, exitCriteria);
    }

    public Phase withItem(int index, PhaseItem item) {
        List<PhaseItem> copy = new ArrayList<>(items);
        copy.set(index, item);
        return withItems(copy);
    }

    public Phase withName(String newName) {
        return new Phase(kind, newName, purpose, weeks, items, exitCriteria);
    }
}
