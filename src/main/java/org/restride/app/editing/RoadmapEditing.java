package org.restride.app.editing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.restride.app.Writer;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.store.ExerciseRepository;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.TemplateRepository;

/**
 * Editing a saved roadmap: opening it, and saving each committed edit through the one background writer. A change
 * of current phase alone (by hand, or undoing one) is saved through {@code phaseChanges}, so her history records it.
 */
public final class RoadmapEditing {
    private final RoadmapRepository roadmaps;
    private final PatientRepository patients;
    private final ExerciseRepository exercises;
    private final TemplateRepository templates;
    private final PhaseChangeRecorder phaseChanges;
    private final Writer writer;

    public RoadmapEditing(RoadmapRepository roadmaps, PatientRepository patients, ExerciseRepository exercises,
                          TemplateRepository templates, PhaseChangeRecorder phaseChanges, Writer writer) {
        this.roadmaps = roadmaps;
        this.patients = patients;
        this.exercises = exercises;
        this.templates = templates;
        this.phaseChanges = phaseChanges;
        this.writer = writer;
    }

    /** A roadmap as opened: itself, whose it is, and the exercises it holds (archived ones too). */
    public record Opened(Roadmap roadmap, Patient patient, Map<String, Exercise> exercises) {
    }

    public Optional<Opened> open(long roadmapId) {
        return roadmaps.find(roadmapId).map(r -> new Opened(r, patients.find(r.patientId()).orElse(null),
                exercises.findAll(idsOf(r))));
    }

    private static Collection<String> idsOf(Roadmap r) {
        return r.phases().stream().flatMap(p -> p.items().stream()).map(PhaseItem::exerciseId).distinct().toList();
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.find(id);
    }

    /**
     * Queues the save of {@code after}, which replaces {@code before} (null: write it whole); returns at once.
     * Consecutive saves of one roadmap that are still waiting are written once, as the newest. {@code onSaved} hears
     * that it was written, {@code onFailure} why it was not (both on the writer's report thread).
     */
    public void save(Roadmap before, Roadmap after, Runnable onSaved, Consumer<RuntimeException> onFailure) {
        boolean phaseChange = onlyCurrentPhaseChanges(before, after);
        Object coalesce = phaseChange ? null : List.of("roadmap", after.id());
        writer.submit(coalesce, () -> {
            if (phaseChange) {
                phaseChanges.save(before, after);
            } else {
                roadmaps.save(after);
            }
            return after;
        }, written -> onSaved.run(), onFailure);
    }

    private static boolean onlyCurrentPhaseChanges(Roadmap before, Roadmap after) {
        return before != null && before.id() != null && before.id().equals(after.id())
                && before.currentPhase() != after.currentPhase() && before.phases().equals(after.phases());
    }

    /** Waits until every save handed over so far is written. */
    public void awaitSaved() {
        writer.awaitIdle();
    }

    public boolean templateExists(String key) {
        return templates.find(key).isPresent();
    }

    /** Queues the save of a template made from the roadmap; returns at once. {@code onFailure} hears why it failed. */
    public void saveTemplate(Template template, Consumer<RuntimeException> onFailure) {
        writer.submit(List.of("template", template.key()), () -> templates.save(template),
                onFailure);
    }
}
