package org.restride.app.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.Template;
import org.restride.store.RoadmapRepository;
import org.restride.store.StoreException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.restride.store.TemplateRepository;

/** Starts a patient's roadmap from a template, from a copy of an earlier roadmap, or from scratch. */
public final class RoadmapStarter {
    private final RoadmapRepository roadmaps;
    private final TemplateRepository templates;
    private final Supplier<LocalDate> today;

    public RoadmapStarter(RoadmapRepository roadmaps, TemplateRepository templates, Supplier<LocalDate> today) {
        this.roadmaps = roadmaps;
        this.templates = templates;
        this.today = today;
    }

    public Roadmap fromTemplate(long patientId, String templateKey) {
        Template template = templates.find(templateKey)
                .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.store.templateGone", Excerpt.of(templateKey))));
        return roadmaps.save(template.toRoadmap(patientId, today.get()));
    }

    public Roadmap copyOf(long roadmapId, long patientId) {
        Roadmap earlier = roadmaps.find(roadmapId)
                .orElseThrow(() -> new StoreException(KeyedProblem.of("problems.store.roadmapGone")));
        return roadmaps.save(new Roadmap(null, patientId, earlier.title(), earlier.goal(), RoadmapStatus.DRAFT,
                earlier.currentPhase(), earlier.phases(), today.get()));
    }

    public Roadmap fromScratch(long patientId) {
        return roadmaps.save(new Roadmap(null, patientId, "Your roadmap", null, RoadmapStatus.DRAFT, 0, List.of(), today.get()));
    }
}
