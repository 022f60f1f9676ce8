package org.restride.handout;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.restride.app.handouts.HandoutSource;
import org.restride.app.handouts.HandoutSources;
import org.restride.app.handouts.AsTyped;
import org.restride.app.handouts.HandoutTranslator;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;
import org.restride.domain.DoseUnit;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.walkrun.WalkRunGenerator;
import org.restride.domain.walkrun.WalkRunPlan;

/**
 * Turns what the app layer read for a handout into a request with the clinic's default options. Reading is the
 * app's use case ({@link HandoutSources}); this class only decides what a request with nothing chosen looks like.
 */
public final class HandoutRequests {
    /** The walk–run editor's usual goal, for a running phase with no timed test. */
    static final int DEFAULT_GOAL = 20;

    private final HandoutSources sources;

    public HandoutRequests(HandoutSources sources) {
        this.sources = sources;
    }

    /** A saved roadmap's handout, with the clinic's default options; empty if there is no such roadmap. */
    public Optional<HandoutRequest> forRoadmap(long roadmapId, LocalDate prepared) {
        return sources.forRoadmap(roadmapId).map(source -> of(source, prepared));
    }

    /** A template printed for a patient named as typed; empty if there is no such template. */
    public Optional<HandoutRequest> forTemplate(String key, String patientName, LocalDate prepared) {
        return sources.forTemplate(key, patientName, prepared).map(source -> of(source, prepared));
    }

    /** Any roadmap record, e.g. the one being edited, for the preview; a saved one with its walk–run plan. */
    public HandoutRequest request(Roadmap roadmap, String patientFirstName, LocalDate prepared) {
        return of(sources.of(roadmap, patientFirstName, false), prepared);
    }

    /** The roadmap being edited for her: her first name, the wound signs after a caesarean, her language. */
    public HandoutRequest request(Roadmap roadmap, Patient patient, LocalDate prepared) {
        return of(sources.of(roadmap, patient), prepared);
    }

    /**
     * The request for what was read, with the clinic's default options in her language (the one chosen on her
     * details, else the clinic's) and, for running, a walk–run table. A language given by the PT for one handout
     * (the preview's box, {@code export --language}) goes over this with {@link HandoutOptions#withLanguage}.
     */
    public static HandoutRequest of(HandoutSource source, LocalDate prepared) {
        WalkRunPlan walkRun = source.savedWalkRun() != null ? source.savedWalkRun() : defaultWalkRun(source.roadmap());
        HandoutOptions clinics = HandoutOptions.defaultsFor(source.clinic());
        HandoutOptions options = source.patientLanguage() == null ? clinics : clinics.withLanguage(source.patientLanguage());
        return new HandoutRequest(source.roadmap(), source.patientFirstName(), source.exercises(), source.clinic(),
                options, prepared, walkRun, source.caesarean(), source.goals());
    }

    /**
     * A request in its language, the names (as it prints them) of the exercises that print in English in it, and
     * those of them that print only partly in English.
     */
    public record InLanguage(HandoutRequest request, List<String> inEnglish, List<String> partly, AsTyped asTyped) {
        public InLanguage {
            inEnglish = List.copyOf(inEnglish);
            partly = List.copyOf(partly);
        }
    }

    /**
     * The request in the language of its options: the app puts its exercises and the roadmap's built-in texts into
     * that language (the handout itself only prints what it is given). In English it is returned as it is.
     */
    public InLanguage inItsLanguage(HandoutRequest request) {
        HandoutTranslator.Translated t = sources.translate(request.roadmap(), request.exercises(),
                request.options().language());
        boolean translated = HandoutTranslator.translates(request.options().language());
        AsTyped asTyped = t.asTyped().withGoals(translated && !request.goals().isEmpty());
        if (t.roadmap() == request.roadmap() && t.exercises().equals(request.exercises())) {
            return new InLanguage(request, t.inEnglish(), t.partly(), asTyped);
        }
        return new InLanguage(request.withRoadmap(t.roadmap()).withExercises(t.exercises()), t.inEnglish(),
                t.partly(), asTyped);
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
}
