package org.restride.bench;

import org.restride.app.WorkspaceDatabase;
import java.util.ArrayList;
import java.util.List;
import org.restride.app.Workspace;
import org.restride.domain.Exercise;

/**
 * Fills a library up to a given size with clinic exercises made from the built-in ones: same text and filters,
 * names varied with the words clinics add ("banded", "tempo"…), so the search index has a realistic mix of words.
 */
final class LibraryGenerator {
    private static final List<String> VARIANTS = List.of("banded", "tempo", "paused", "elevated", "weighted",
            "single side", "supported", "slow", "progression", "home version", "with ball", "on step", "kneeling",
            "standing", "short lever", "long lever", "isometric", "pulses", "ladder", "easy", "advanced");

    private LibraryGenerator() {
    }

    /** Adds clinic exercises until the library holds {@code total}; one transaction. */
    static void fillTo(Workspace workspace, int total) {
        List<Exercise> base = workspace.builtIn().exercises();
        int have = workspace.exercises().count();
        WorkspaceDatabase.of(workspace).write(c -> {
            for (int i = have; i < total; i++) {
                workspace.exercises().save(variant(base, i));
            }
            return null;
        });
    }

    static Exercise variant(List<Exercise> base, int n) {
        Exercise from = base.get(n % base.size());
        int round = n / base.size();
        String variant = VARIANTS.get(round % VARIANTS.size());
        String suffix = " (" + variant + " " + (round / VARIANTS.size() + 1) + ")";
        String name = from.name().substring(0, Math.min(from.name().length(), 80 - suffix.length())) + suffix;
        List<String> tags = new ArrayList<>(from.tags());
        if (tags.size() < 12) {
            tags.add(variant);
        }
        Exercise copy = from.copyForClinic("clinic-" + n, name);
        return new Exercise(copy.id(), copy.name(), copy.summary(), copy.steps(), copy.cues(), copy.mistakes(),
                copy.watchFor(), copy.phases(), copy.region(), copy.equipment(), copy.position(), copy.impact(),
                copy.pelvicFloorDemand(), tags, copy.defaultDosage(), null, null, copy.source(), from.id(), false);
    }
}
