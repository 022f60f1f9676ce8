package org.restride.ui.roadmap;

import java.util.List;
import java.util.Optional;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;

/**
 * Where two states of a roadmap first differ, as the phase cards show it: after an undo or redo, the part to bring
 * into sight. {@code item} is the row, for {@link Part#ITEM} (-1 when the phase has no row left).
 */
record ChangedPart(int phase, Part part, int item) {
    enum Part { HEADER, WEEKS, CURRENT, PURPOSE, ITEM, CRITERIA }

    static Optional<ChangedPart> between(Roadmap before, Roadmap after) {
        if (before == null || after == null) {
            return Optional.empty();
        }
        List<Phase> was = before.phases();
        List<Phase> now = after.phases();
        int common = Math.min(was.size(), now.size());
        for (int i = 0; i < common; i++) {
            if (!was.get(i).equals(now.get(i))) {
                return Optional.of(within(i, was.get(i), now.get(i)));
            }
        }
        if (now.size() != was.size() && !now.isEmpty()) {
            return Optional.of(new ChangedPart(Math.min(common, now.size() - 1), Part.HEADER, -1));
        }
        if (before.currentPhase() != after.currentPhase() && after.currentPhase() < now.size()) {
            return Optional.of(new ChangedPart(after.currentPhase(), Part.CURRENT, -1));
        }
        return Optional.empty();
    }

    private static ChangedPart within(int index, Phase was, Phase now) {
        if (was.kind() != now.kind() || !was.name().equals(now.name())) {
            return new ChangedPart(index, Part.HEADER, -1);
        }
        if (!was.weeks().equals(now.weeks())) {
            return new ChangedPart(index, Part.WEEKS, -1);
        }
        if (!was.items().equals(now.items())) {
            return new ChangedPart(index, Part.ITEM, firstDifferent(was.items(), now.items()));
        }
        if (!was.exitCriteria().equals(now.exitCriteria())) {
            return new ChangedPart(index, Part.CRITERIA, -1);
        }
        return new ChangedPart(index, Part.PURPOSE, -1);
    }

    /** The first row that differs; a row taken off the end shows as the new last one. */
    private static int firstDifferent(List<PhaseItem> was, List<PhaseItem> now) {
        int common = Math.min(was.size(), now.size());
        for (int i = 0; i < common; i++) {
            if (!was.get(i).equals(now.get(i))) {
                return i;
            }
        }
        return Math.min(common, now.size() - 1);
    }
}
