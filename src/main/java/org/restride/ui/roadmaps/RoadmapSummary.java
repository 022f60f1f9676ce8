package org.restride.ui.roadmaps;

import org.restride.domain.RoadmapListing;
import org.restride.text.Words;

/** A roadmap as a row in a list: whose it is, and where she is in it. */
public record RoadmapSummary(long id, String title, String patientName, String currentPhase, String status,
                             java.time.LocalDate created) {
    public static RoadmapSummary of(RoadmapListing r, Words words) {
        String current = r.phaseCount() == 0 ? words.get("ui-roadmaps.noPhases")
                : words.get("ui-roadmaps.where", r.currentPhase() + 1, r.phaseCount(), r.currentPhaseName());
        return new RoadmapSummary(r.id(), r.title(), r.patientName(), current, words.label(r.status()), r.created());
    }
}
