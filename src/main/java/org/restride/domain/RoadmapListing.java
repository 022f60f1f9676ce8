package org.restride.domain;

import java.time.LocalDate;

/** A roadmap as a row of a list, read without its phase tree: whose it is, and where she is in it. */
public record RoadmapListing(long id, String title, String patientName, RoadmapStatus status, int currentPhase,
                             int phaseCount, String currentPhaseName, LocalDate created) {
}
