package org.restride.app.handouts;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.restride.domain.Criterion;
import org.restride.domain.DeliveryType;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.store.ClinicProfileRepository;
import org.restride.store.ExerciseRepository;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.TemplateRepository;
import org.restride.store.WalkRunPlanRepository;

/**
 * Assembling a handout: reads the roadmap, the patient's first name, the exercises, the clinic and the walk–run
 * plan from the data folder. The exercises are kept between calls while the library is unchanged, because the
 * preview follows every edit.
 */
public final class HandoutSources {
    private final RoadmapRepository roadmaps;
    private final PatientRepository patients;
    private final TemplateRepository templates;
    private final ClinicProfileRepository clinic;
    private final WalkRunPlanRepository plans;
    private final ExerciseRepository exercises;
    private final LongSupplier libraryVersion;
    private final HandoutTranslator translator;
    private final Map<String, Exercise> known = new HashMap<>();
    private long knownVersion = -1;

    public HandoutSources(RoadmapRepository roadmaps, PatientRepository patients, TemplateRepository templates,
                          ClinicProfileRepository clinic, WalkRunPlanRepository plans, ExerciseRepository exercises,
                          LongSupplier libraryVersion, HandoutTranslator translator) {
        this.roadmaps = roadmaps;
        this.patients = patients;
        this.templates = templates;
        this.clinic = clinic;
        this.plans = plans;
        this.exercises = exercises;
        this.libraryVersion = libraryVersion;
        this.translator = translator;
    }

    /**
     * A roadmap and its exercises, as read here, in the handout's language ("es"), with the exercises that print in
     * English; in English they are returned as they are.
     */
    public HandoutTranslator.Translated translate(Roadmap roadmap, Map<String, Exercise> exercises, String language) {
        return translator.translate(roadmap, exercises, language);
    }

    /** A saved roadmap with her first name, birth, goals and language; empty if there is no such roadmap. */
    public Optional<HandoutSource> forRoadmap(long roadmapId) {
        return roadmaps.find(roadmapId).map(roadmap -> of(roadmap, patients.find(roadmap.patientId()).orElse(null)));
    }

    /**
     * Any roadmap record for her (null: no one): her first name, the wound signs after a caesarean, her goals and
     * the language chosen on her details, as they are saved now (she may have been changed since the editor
     * read her).
     */
    public HandoutSource of(Roadmap roadmap, Patient given) {
        if (given == null) {
            return of(roadmap, null, false);
        }
        Patient patient = given.id() == null ? given : patients.find(given.id()).orElse(given);
        HandoutSource source = of(roadmap, patient.firstName(), patient.deliveryType() == DeliveryType.CAESAREAN,
                patient.goals());
        return new HandoutSource(source.roadmap(), source.patientFirstName(), source.exercises(), source.clinic(),
                source.savedWalkRun(), source.caesarean(), source.goals(), patient.handoutLanguage());
    }

    /** A template printed for a patient named as typed (her first word); empty if there is no such template. */
    public Optional<HandoutSource> forTemplate(String key, String patientName, LocalDate prepared) {
        return templates.find(key).map(template -> of(template.toRoadmap(0, prepared),
                patientName == null || patientName.isBlank() ? null : Patient.firstNameOf(patientName),
                (template.key() + " " + template.title()).toLowerCase(Locale.ROOT).contains("caesarean")));
    }

    /** Any roadmap record, e.g. the one being edited, with its saved walk–run plan when it is saved. */
    public HandoutSource of(Roadmap roadmap, String patientFirstName, boolean caesarean) {
        return of(roadmap, patientFirstName, caesarean, List.of());
    }

    /** As above, with her own goals, which the handout's first page prints in her words. */
    public HandoutSource of(Roadmap roadmap, String patientFirstName, boolean caesarean, List<String> goals) {
        WalkRunPlan saved = roadmap.id() == null ? null : plans.find(roadmap.id()).orElse(null);
        return new HandoutSource(roadmap, patientFirstName, exercisesOf(roadmap), clinic.load(), saved, caesarean, goals);
    }

    private synchronized Map<String, Exercise> exercisesOf(Roadmap roadmap) {
        long version = libraryVersion.getAsLong();
        if (version != knownVersion) {
            known.clear();
            knownVersion = version;
        }
        Set<String> ids = roadmap.phases().stream().map(Phase::items).flatMap(List::stream)
                .map(PhaseItem::exerciseId).collect(Collectors.toCollection(LinkedHashSet::new));
        // The tests she must pass and the next step of each exercise, so the handout can teach and name them.
        roadmap.phases().stream().flatMap(p -> p.exitCriteria().stream()).map(Criterion::exerciseId)
                .filter(Objects::nonNull).forEach(ids::add);
        Set<String> missing = new LinkedHashSet<>(ids);
        missing.removeAll(known.keySet());
        known.putAll(exercises.findAll(missing));
        Set<String> harder = new LinkedHashSet<>();
        ids.stream().map(known::get).filter(Objects::nonNull).map(Exercise::harderId)
                .filter(Objects::nonNull).filter(id -> !known.containsKey(id)).forEach(harder::add);
        known.putAll(exercises.findAll(harder));
        Map<String, Exercise> out = new LinkedHashMap<>();
        ids.stream().filter(known::containsKey).forEach(id -> out.put(id, known.get(id)));
        ids.stream().map(known::get).filter(Objects::nonNull).map(Exercise::harderId)
                .filter(id -> id != null && known.containsKey(id)).forEach(id -> out.putIfAbsent(id, known.get(id)));
        return out;
    }
}
