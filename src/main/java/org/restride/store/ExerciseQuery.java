package org.restride.store;

import java.util.Set;
import org.restride.domain.Equipment;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;

/**
 * A library search: words typed (each matched as a word prefix, ignoring case and accents) and filters.
 * Within one filter any chosen value matches; across filters all must match. An empty filter allows all.
 */
public record ExerciseQuery(String text, Set<PhaseKind> phases, Set<Region> regions, Set<Equipment> equipment,
                            Set<Position> positions, Set<ImpactLevel> impacts, boolean includeArchived) {
    /** Longer than any exercise's name or words worth typing; a longer query is cut, so a search stays instant. */
    public static final int MAX_TEXT_CHARS = 200;

    public ExerciseQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1))
                    ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS);
        }
        phases = Set.copyOf(phases == null ? Set.of() : phases);
        regions = Set.copyOf(regions == null ? Set.of() : regions);
        equipment = Set.copyOf(equipment == null ? Set.of() : equipment);
        positions = Set.copyOf(positions == null ? Set.of() : positions);
        impacts = Set.copyOf(impacts == null ? Set.of() : impacts);
    }

    public static ExerciseQuery all() {
        return text("");
    }

    public static ExerciseQuery text(String text) {
        return new ExerciseQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    public ExerciseQuery withText(String newText) {
        return new ExerciseQuery(newText, phases, regions, equipment, positions, impacts, includeArchived);
    }

    public ExerciseQuery withPhases(Set<PhaseKind> newPhases) {
        return new ExerciseQuery(text, newPhases, regions, equipment, positions, impacts, includeArchived);
    }
}
