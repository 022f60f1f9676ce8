package org.restride.ui.roadmaps;

import org.restride.text.Words;
import org.restride.domain.Roadmap;

/** A roadmap as a row in a list: whose it is, and where she is in it. */
public record RoadmapSummary(long id, String title, String patientName, String currentPhase, String status,
                             java.time.LocalDate created) {
    public static RoadmapSummary of(Roadmap r, String patientName) {
        String current = r.phases().isEmpty() ? "no phases yet"
                : "Phase " + (r.currentPhase() + 1) + " of " + r.phases().size() + ": " + r.phases().get(r.currentPhase()).name();
        return new RoadmapSummary(r.id(), r.title(), patientName, current, Words.english().label(r.status()), r.created());
    }
}
