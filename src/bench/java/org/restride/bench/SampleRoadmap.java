package org.restride.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.restride.app.Workspace;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.Template;

/**
 * The largest sample roadmap: the built-in return-to-run template (4 phases) topped up from the library to
 * 10 exercises in every phase, 40 in all. Larger roadmaps for the growth figures repeat its phases.
 */
final class SampleRoadmap {
    static final String TEMPLATE = "return-to-run";
    static final int PER_PHASE = 10;

    private SampleRoadmap() {
    }

    /** The 4 phases of the sample roadmap, 40 exercises in all. */
    static List<Phase> phases(Workspace workspace) {
        Template template = workspace.templates().find(TEMPLATE)
                .orElseThrow(() -> new IllegalStateException("The built-in template " + TEMPLATE + " is missing."));
        List<Exercise> library = workspace.builtIn().exercises();
        List<Phase> phases = new ArrayList<>();
        for (Phase phase : template.phases()) {
            List<PhaseItem> items = new ArrayList<>(phase.items());
            Set<String> used = new HashSet<>();
            items.forEach(i -> used.add(i.exerciseId()));
            for (Exercise e : library) {
                if (items.size() >= PER_PHASE) {
                    break;
                }
                if (e.phases().contains(phase.kind()) && used.add(e.id())) {
                    items.add(new PhaseItem(e.id(), e.defaultDosage(), null));
                }
            }
            phases.add(phase.withItems(items.subList(0, PER_PHASE)));
        }
        return phases;
    }

    /** The sample's phases repeated {@code scale} times: 4 × scale phases, 40 × scale exercises. */
    static Roadmap scaled(Roadmap sample, int scale) {
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < scale; i++) {
            for (Phase p : sample.phases()) {
                phases.add(p.withName(i == 0 ? p.name() : p.name() + " (" + (i + 1) + ")"));
            }
        }
        return new Roadmap(sample.id(), sample.patientId(), sample.title(), sample.goal(), sample.status(),
                sample.currentPhase(), phases, sample.created());
    }

    /** The editor bench's roadmap: the sample's phases three times over, trimmed to 12 phases and 80 exercises. */
    static Roadmap twelvePhases(Roadmap sample) {
        List<Phase> phases = new ArrayList<>(scaled(sample, 3).phases());
        for (int i = 0; i < phases.size(); i++) {
            phases.set(i, phases.get(i).withItems(phases.get(i).items().subList(0, i < 8 ? 7 : 6)));
        }
        return new Roadmap(null, sample.patientId(), "Editor bench: 12 phases, 80 exercises", sample.goal(),
                sample.status(), 0, phases, sample.created());
    }

    /** Saves the sample roadmap for the patient and returns it with its id. */
    static Roadmap saveFor(Workspace workspace, long patientId, LocalDate today) {
        Template template = workspace.templates().find(TEMPLATE).orElseThrow();
        Roadmap draft = template.toRoadmap(patientId, today);
        return workspace.roadmaps().save(new Roadmap(null, patientId, draft.title(), draft.goal(), RoadmapStatus.ISSUED,
                1, phases(workspace), today));
    }
}
