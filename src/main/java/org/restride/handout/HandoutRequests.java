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
import org.restride.domain.Criterion;
import org.restride.domain.DeliveryType;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.walkrun.WalkRunGenerator;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.Amount;
import org.restride.domain.DoseUnit;
import org.restride.domain.PhaseKind;
import org.restride.store.WalkRunPlanRepository;

/** Gathers what a handout needs from a data folder: the roadmap, the patient's first name, the exercises, the clinic. */
public final class HandoutRequests {
    /** The walk–run editor's usual goal, for a running phase with no timed test. */
    static final int DEFAULT_GOAL = 20;

    private final Workspace workspace;
    private final Map<String, Exercise> known = new HashMap<>();
    private long knownVersion = -1;

    public HandoutRequests(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A saved roadmap's handout, with the clinic's default options; empty if there is no such roadmap. */
    public Optional<HandoutRequest> forRoadmap(long roadmapId, LocalDate prepared) {
        return workspace.roadmaps().find(roadmapId).map(roadmap -> {
            Optional<Patient> patient = workspace.patients().find(roadmap.patientId());
            return request(roadmap, patient.map(Patient::firstName).orElse(null), prepared)
                    .withCaesarean(patient.map(p -> p.deliveryType() == DeliveryType.CAESAREAN).orElse(false));
        });
    }

    /** A template printed for a patient named as typed; empty if there is no such template. */
    public Optional<HandoutRequest> forTemplate(String key, String patientName, LocalDate prepared) {
        return workspace.templates().find(key).map(template -> request(template.toRoadmap(0, prepared),
                patientName == null || patientName.isBlank() ? null : Patient.firstNameOf(patientName), prepared)
                .withCaesarean((template.key() + " " + template.title()).toLowerCase(java.util.Locale.ROOT)
                        .contains("caesarean")));
    }

    /** Any roadmap record, e.g. the one being edited, for the preview; a saved one with its walk–run plan. */
    public HandoutRequest request(Roadmap roadmap, String patientFirstName, LocalDate prepared) {
        var clinic = workspace.clinicProfile().load();
        WalkRunPlan saved = roadmap.id() == null ? null
                : new WalkRunPlanRepository(workspace.database()).find(roadmap.id()).orElse(null);
        WalkRunPlan walkRun = saved != null ? saved : defaultWalkRun(roadmap);
        return new HandoutRequest(roadmap, patientFirstName, exercisesOf(roadmap), clinic,
                HandoutOptions.defaultsFor(clinic), prepared, walkRun, false);
    }

    /** With no plan saved, a running roadmap prints the generator's usual start: 1 min run, 2 min walk, 8 rounds. */
    static WalkRunPlan defaultWalkRun(Roadmap roadmap) {
        Phase run = roadmap.phases().stream().filter(p -> p.kind() == PhaseKind.RUN).findFirst().orElse(null);
        if (run == null) {
            return null;
        }
        // Her goal is the running phase's timed test ("Run 30 min"), where it has one.
        int goal = run.exitCriteria().stream().map(Criterion::target)
                .filter(t -> t != null && t.unit() == DoseUnit.MINUTES).mapToInt(Amount::min).max().orElse(DEFAULT_GOAL);
        goal = Math.max(WalkRunGenerator.MIN_GOAL_MINUTES, Math.min(WalkRunGenerator.MAX_GOAL_MINUTES, goal));
        return WalkRunPlan.generate(60, 120, 8, 3, goal);
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
        // The tests she must pass and the next step of each exercise, so the handout can teach and name them.
        roadmap.phases().stream().flatMap(p -> p.exitCriteria().stream()).map(Criterion::exerciseId)
                .filter(java.util.Objects::nonNull).forEach(ids::add);
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(known.keySet());
        known.putAll(workspace.exercises().findAll(missing));
        Set<String> harder = new LinkedHashSet<>();
        ids.stream().map(known::get).filter(java.util.Objects::nonNull).map(Exercise::harderId)
                .filter(java.util.Objects::nonNull).filter(id -> !known.containsKey(id)).forEach(harder::add);
        known.putAll(workspace.exercises().findAll(harder));
        Map<String, Exercise> out = new LinkedHashMap<>();
        ids.stream().filter(known::containsKey).forEach(id -> out.put(id, known.get(id)));
        ids.stream().map(known::get).filter(java.util.Objects::nonNull).map(Exercise::harderId)
                .filter(id -> id != null && known.containsKey(id)).forEach(id -> out.putIfAbsent(id, known.get(id)));
        return out;
    }
}
