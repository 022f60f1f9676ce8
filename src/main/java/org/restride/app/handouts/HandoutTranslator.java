package org.restride.app.handouts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseText;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.library.TextCatalogue;
import org.restride.store.ExerciseTextRepository;

/**
 * Puts what a handout is made from into the handout's language before the request is made: each exercise is
 * replaced by its text in that language, and the texts the roadmap copied from a built-in template (title, goal,
 * phase names and purposes, item notes, dosage tempos and notes, exit checks) are translated while they are still
 * exactly the built-in English. What the clinic typed prints as typed. English is returned as it is.
 */
public final class HandoutTranslator {
    /** The language the library and the templates are written in. */
    public static final String ENGLISH = "en";

    /**
     * The roadmap and exercises in the language.
     *
     * @param inEnglish the names of the exercises with no text (or only part of one) in the language, as the
     *                  handout shows them (a name in the language where it has one), in the order the roadmap uses them
     * @param partly    those of them that have a name in the language but print some fields in English
     * @param asTyped   the roadmap's texts that print as typed (her goals are the request's, not counted here)
     */
    public record Translated(Roadmap roadmap, Map<String, Exercise> exercises, List<String> inEnglish,
                             List<String> partly, AsTyped asTyped) {
        public Translated {
            exercises = Map.copyOf(exercises);
            inEnglish = List.copyOf(inEnglish);
            partly = List.copyOf(partly);
        }
    }

    private final ExerciseTextRepository texts;
    private final Function<String, TextCatalogue> catalogues;

    /** @param catalogues the built-in texts of a language, by their English */
    public HandoutTranslator(ExerciseTextRepository texts, Function<String, TextCatalogue> catalogues) {
        this.texts = texts;
        this.catalogues = catalogues;
    }

    /** Whether a handout in {@code language} is translated at all (English, or none given, prints as written). */
    public static boolean translates(String language) {
        return language != null && !ENGLISH.equals(language);
    }

    /** The roadmap and its exercises (by id) in {@code language} ("es"); in English (or null) they are returned as they are. */
    public Translated translate(Roadmap roadmap, Map<String, Exercise> exercises, String language) {
        if (!translates(language)) {
            return new Translated(roadmap, exercises, List.of(), List.of(), AsTyped.NOTHING);
        }
        Map<String, ExerciseText> found = texts.findAll(exercises.keySet(), language);
        TextCatalogue catalogue = catalogues.apply(language);
        Map<String, Exercise> out = new LinkedHashMap<>();
        Set<String> english = new LinkedHashSet<>();
        Set<String> partly = new LinkedHashSet<>();
        exercises.forEach((id, e) -> {
            ExerciseText text = found.get(id);
            if (text == null || !text.missingFor(e).isEmpty()) {
                english.add(id);
            }
            if (text != null && !text.missingFor(e).isEmpty()) {
                partly.add(id);
            }
            out.put(id, text == null ? e : text.applyTo(e));
        });
        Roadmap translated = new Roadmap(roadmap.id(), roadmap.patientId(), catalogue.text(roadmap.title()),
                catalogue.text(roadmap.goal()), roadmap.status(), roadmap.currentPhase(),
                roadmap.phases().stream().map(p -> phase(p, catalogue, exercises, found)).toList(), roadmap.created());
        return new Translated(translated, out, namesInUse(roadmap, out, english), namesInUse(roadmap, out, partly),
                asTyped(roadmap, catalogue));
    }

    /** The roadmap's own texts that are not built-in English, so print as typed. */
    private static AsTyped asTyped(Roadmap roadmap, TextCatalogue catalogue) {
        int phaseTexts = 0;
        int notes = 0;
        for (Phase p : roadmap.phases()) {
            phaseTexts += typed(catalogue, p.name()) + typed(catalogue, p.purpose());
            for (PhaseItem item : p.items()) {
                notes += typed(catalogue, item.note()) + typed(catalogue, item.dosage().note());
            }
        }
        return new AsTyped(false, typed(catalogue, roadmap.title()) > 0, phaseTexts, notes);
    }

    private static int typed(TextCatalogue catalogue, String text) {
        return text == null || text.isBlank() || catalogue.has(text) ? 0 : 1;
    }

    private static Phase phase(Phase p, TextCatalogue catalogue, Map<String, Exercise> exercises,
                               Map<String, ExerciseText> found) {
        List<PhaseItem> items = p.items().stream().map(item -> new PhaseItem(item.exerciseId(),
                dosage(item.dosage(), catalogue, exercises.get(item.exerciseId()), found.get(item.exerciseId())),
                catalogue.text(item.note()))).toList();
        List<Criterion> checks = p.exitCriteria().stream().map(c -> new Criterion(c.key(),
                catalogue.criterion(c.key(), c.name()), c.target(), c.eachSide(), c.exerciseId())).toList();
        return new Phase(p.kind(), catalogue.text(p.name()), catalogue.text(p.purpose()), p.weeks(), items, checks);
    }

    /**
     * An item's tempo and note: the exercise's own translation where they are still its default's English (a
     * clinic exercise too), else the built-in texts'.
     */
    private static Dosage dosage(Dosage d, TextCatalogue catalogue, Exercise exercise, ExerciseText text) {
        String tempo = catalogue.text(d.tempo());
        String note = catalogue.text(d.note());
        if (exercise != null && text != null) {
            if (text.tempo() != null && Objects.equals(d.tempo(), exercise.defaultDosage().tempo())) {
                tempo = text.tempo();
            }
            if (text.note() != null && Objects.equals(d.note(), exercise.defaultDosage().note())) {
                note = text.note();
            }
        }
        return new Dosage(d.sets(), d.amount(), d.eachSide(), d.restSeconds(), d.timesPerDay(), d.daysPerWeek(),
                d.intensity(), tempo, note);
    }

    /** The names of these exercises as printed: the roadmap's items first, then its checks, then the rest by name. */
    private static List<String> namesInUse(Roadmap roadmap, Map<String, Exercise> exercises, Set<String> ids) {
        Set<String> order = new LinkedHashSet<>();
        roadmap.phases().forEach(p -> p.items().forEach(i -> order.add(i.exerciseId())));
        roadmap.phases().forEach(p -> p.exitCriteria().stream().map(Criterion::exerciseId)
                .filter(Objects::nonNull).forEach(order::add));
        exercises.values().stream().sorted(Comparator.comparing(Exercise::name)).map(Exercise::id).forEach(order::add);
        List<String> names = new ArrayList<>();
        order.stream().filter(ids::contains).map(exercises::get).map(Exercise::name).distinct().forEach(names::add);
        return names;
    }
}
