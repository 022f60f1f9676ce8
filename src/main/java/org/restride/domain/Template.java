package org.restride.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** A roadmap with no patient, to start from. Built-in templates can be copied but not changed. */
public record Template(String key, String title, String goal, boolean builtIn, List<Phase> phases) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Template {
        key = Check.text("templateKey", key, 80);
        if (!KEY.matcher(key).matches()) {
            throw new ValidationException("templateKey", "slug", key);
        }
        title = Check.line("title", title, 200);
        goal = Check.optionalText("goal", goal, 500);
        phases = List.copyOf(phases == null ? List.of() : phases);
    }

    /** A draft roadmap for the patient, starting in the first phase. */
    public Roadmap toRoadmap(long patientId, LocalDate today) {
        return new Roadmap(null, patientId, title, goal, RoadmapStatus.DRAFT, 0, phases, today);
    }
}
