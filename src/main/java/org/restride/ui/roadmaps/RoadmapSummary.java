package org.restride.ui.roadmaps;

import org.restride.domain.RoadmapListing;
import org.restride.text.Words;

/** A roadmap as a row in a list: whose it is, and where she is in it. */
public record RoadmapSummary(long id, String title, String patientName, String currentPhase, String status,
                             java.time.LocalDate created) {
    public static RoadmapSummary of(RoadmapListing r) {
        String current = r.phaseCount() == 0 ? "no phases yet"
                : "Phase " + (r.currentPhase() + 1) + " of " + r.phaseCount() + ": " + r.currentPhaseName();
        return new RoadmapSummary(r.id(), r.title(), r.patientName(), current, Words.english().label(r.status()), r.created());
    }
}
