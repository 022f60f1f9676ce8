package org.restride.handout;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.restride.app.Workspace;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.store.WalkRunPlanRepository;

/** Gathers what a handout needs from a data folder: the roadmap, the patient's first name, the exercises, the clinic. */
public final class HandoutRequests {
    private final Workspace workspace;
    private final Map<String, Exercise> known = new HashMap<>();
    private long knownVersion = -1;

    public HandoutRequests(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A saved roadmap's handout, with the clinic's default options; empty if there is no such roadmap. */
    public Optional<HandoutRequest> forRoadmap(long roadmapId, LocalDate prepared) {
        return workspace.roadmaps().find(roadmapId).map(roadmap -> request(roadmap,
                workspace.patients().find(roadmap.patientId()).map(Patient::firstName).orElse(null), prepared));
    }

    /** A template printed for a patient named as typed; empty if there is no such template. */
    public Optional<HandoutRequest> forTemplate(String key, String patientName, LocalDate prepared) {
        return workspace.templates().find(key).map(template -> request(template.toRoadmap(0, prepared),
                patientName == null || patientName.isBlank() ? null : Patient.firstNameOf(patientName), prepared));
    }

    /** Any roadmap record, e.g. the one being edited, for the preview; a saved one with its walk–run plan. */
    public HandoutRequest request(Roadmap roadmap, String patientFirstName, LocalDate prepared) {
        var clinic = workspace.clinicProfile().load();
        WalkRunPlan walkRun = roadmap.id() == null ? null
                : new WalkRunPlanRepository(workspace.database()).find(roadmap.id()).orElse(null);
        return new HandoutRequest(roadmap, patientFirstName, exercisesOf(roadmap), clinic,
                HandoutOptions.defaultsFor(clinic), prepared, walkRun);
    }

    /** The roadmap's exercises, kept between calls while the library is unchanged: a preview follows every edit. */
    private synchronized Map<String, Exercise> exercisesOf(Roadmap roadmap) {
        long version = workspace.database().libraryChanges();
        if (version != knownVersion) {
            known.clear();
            knownVersion = version;
        }
        Set<String> ids = roadmap.phases().stream().map(Phase::items).flatMap(List::stream)
                .map(PhaseItem::exerciseId).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(known.keySet());
        known.putAll(workspace.exercises().findAll(missing));
        Map<String, Exercise> out = new LinkedHashMap<>();
        ids.stream().filter(known::containsKey).forEach(id -> out.put(id, known.get(id)));
        return out;
    }
}
