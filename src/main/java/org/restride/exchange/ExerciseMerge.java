package org.restride.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ExerciseText;
import org.restride.library.ExerciseTextRows;
import org.restride.store.ExerciseRepository;
import org.restride.store.ExerciseTextRepository;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/**
 * The clinic exercises of a file set against the library: which are new, which are already there unchanged,
 * which clash (same id, different content), and what a {@link DuplicateChoice} makes of them.
 */
final class ExerciseMerge {
    static final String KEEP_BOTH_SUFFIX = "-imported";

    private final List<Exercise> incoming;
    private final Map<String, Exercise> clinic;
    private final Set<String> builtIn;
    /** The file's texts in other languages, and the library's for the same ids: by id, then language. */
    private final Map<String, Map<String, ExerciseText>> incomingTexts;
    private final Map<String, Map<String, ExerciseText>> clinicTexts;

    private ExerciseMerge(List<Exercise> incoming, Map<String, Exercise> clinic, Set<String> builtIn,
                          Map<String, Map<String, ExerciseText>> incomingTexts, Map<String, Map<String, ExerciseText>> clinicTexts) {
        this.incoming = incoming;
        this.clinic = clinic;
        this.builtIn = builtIn;
        this.incomingTexts = incomingTexts;
        this.clinicTexts = clinicTexts;
    }

    /**
     * Checks the file's exercises against the library: no built-in id reused, every easier/harder link known. An
     * exercise whose text in a language differs from the library's clashes as its English would; a language the
     * file does not give keeps the library's text.
     */
    static ExerciseMerge check(String file, LibraryExchange.Incoming rows, ExerciseRepository library,
                               ExerciseTextRepository texts) {
        List<Exercise> incoming = rows.exercises().stream().map(ExerciseMerge::asClinic).toList();
        Set<String> builtIn = library.idsFrom(ExerciseSource.BUILT_IN);
        Map<String, Exercise> clinic = new HashMap<>(library.findAll(library.idsFrom(ExerciseSource.CLINIC)));
        Set<String> known = new HashSet<>(builtIn);
        known.addAll(clinic.keySet());
        incoming.forEach(e -> known.add(e.id()));
        for (int i = 0; i < incoming.size(); i++) {
            Exercise e = incoming.get(i);
            String row = file + ": row " + (i + 1) + " (" + Excerpt.quoted(e.id()) + ")";
            if (builtIn.contains(e.id())) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.builtInId", row));
            }
            if (e.basedOnId() != null && !known.contains(e.basedOnId())) {
                throw new ExchangeException(KeyedProblem.of("problems.exchange.basedOnUnknown", row,
                        Excerpt.quoted(e.basedOnId())));
            }
            for (String link : new String[] {e.easierId(), e.harderId()}) {
                if (e.id().equals(link)) {
                    throw new ExchangeException(KeyedProblem.of("safety.import.selfLink", row));
                }
                if (link != null && !known.contains(link)) {
                    throw new ExchangeException(KeyedProblem.of("problems.exchange.linkUnknown", row, Excerpt.quoted(link)));
                }
            }
        }
        Map<String, Exercise> after = new HashMap<>(clinic);
        incoming.forEach(e -> after.put(e.id(), e));
        LinkLoops.find(after.values(), incoming.stream().map(Exercise::id).toList()).ifPresent(loop -> {
            throw new ExchangeException(KeyedProblem.of("safety.import.loop", file,
                    Excerpt.quoted(loop.from()), Excerpt.quoted(loop.to())));
        });
        Set<String> both = new HashSet<>(clinic.keySet());
        both.retainAll(rows.texts().keySet());
        return new ExerciseMerge(incoming, clinic, builtIn, rows.texts(), ExerciseTextRows.stored(texts, both));
    }

    /** True if the id names an exercise the file brings or a built-in one (what a roadmap in the file may use). */
    boolean provides(String id) {
        return builtIn.contains(id) || incoming.stream().anyMatch(e -> e.id().equals(id));
    }

    List<Exercise> incoming() {
        return incoming;
    }

    /** The ids of the exercises the file brings. */
    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        incoming.forEach(e -> ids.add(e.id()));
        return ids;
    }

    List<Clash> clashes() {
        List<Clash> out = new ArrayList<>();
        for (Exercise e : incoming) {
            Exercise existing = clinic.get(e.id());
            if (existing != null && !(sameContent(existing, e) && sameTexts(e.id()))) {
                out.add(new Clash(Clash.Kind.EXERCISE, e.id(), existing.name(), e.name()));
            }
        }
        return out;
    }

    /** What to save (the exercises, and their texts by saved id then language), and the new ids of exercises kept beside a clashing one. */
    record Plan(List<Exercise> toSave, Map<String, Map<String, ExerciseText>> texts, Map<String, String> renamed,
                int added, int replaced, int unchanged, int skipped) {
        /** Writes the exercises, then their texts (call inside one transaction). */
        void save(ExerciseRepository library, ExerciseTextRepository store) {
            toSave.forEach(library::save);
            texts.forEach((id, byLanguage) -> byLanguage.forEach((language, text) -> store.save(id, language, text)));
        }

        String idFor(String id) {
            return renamed.getOrDefault(id, id);
        }

        /** The ids the saved exercises have in this library. */
        Set<String> savedIds() {
            Set<String> ids = new HashSet<>();
            toSave.forEach(e -> ids.add(e.id()));
            return ids;
        }
    }

    Plan plan(DuplicateChoice choice) {
        Set<String> clashing = new HashSet<>();
        clashes().forEach(c -> clashing.add(c.id()));
        Map<String, String> renamed = new HashMap<>();
        if (choice == DuplicateChoice.KEEP_BOTH) {
            Set<String> taken = new HashSet<>(builtIn);
            taken.addAll(clinic.keySet());
            incoming.forEach(e -> taken.add(e.id()));
            clashing.forEach(id -> renamed.put(id, freeId(id, taken)));
        }
        List<Exercise> toSave = new ArrayList<>();
        Map<String, Map<String, ExerciseText>> texts = new HashMap<>();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int skipped = 0;
        for (Exercise e : incoming) {
            if (!clinic.containsKey(e.id())) {
                added++;
            } else if (!clashing.contains(e.id())) {
                unchanged++;
                continue;
            } else if (choice == DuplicateChoice.SKIP) {
                skipped++;
                continue;
            } else if (choice == DuplicateChoice.REPLACE) {
                replaced++;
            } else {
                added++;
            }
            toSave.add(relinked(e, renamed));
            if (incomingTexts.containsKey(e.id())) {
                texts.put(renamed.getOrDefault(e.id(), e.id()), incomingTexts.get(e.id()));
            }
        }
        return new Plan(toSave, texts, renamed, added, replaced, unchanged, skipped);
    }

    private static Exercise relinked(Exercise e, Map<String, String> renamed) {
        boolean isRenamed = renamed.containsKey(e.id());
        String name = isRenamed ? Names.marked(e.name(), 80) : e.name();
        return new Exercise(renamed.getOrDefault(e.id(), e.id()), name, e.summary(), e.steps(), e.cues(), e.mistakes(),
                e.watchFor(), e.phases(), e.region(), e.equipment(), e.position(), e.impact(), e.pelvicFloorDemand(),
                e.tags(), e.defaultDosage(), e.easierId() == null ? null : renamed.getOrDefault(e.easierId(), e.easierId()),
                e.harderId() == null ? null : renamed.getOrDefault(e.harderId(), e.harderId()), ExerciseSource.CLINIC,
                e.basedOnId(), e.archived());
    }

    private static String freeId(String id, Set<String> taken) {
        String base = Names.trimmedId(id, 80 - KEEP_BOTH_SUFFIX.length() - 4) + KEEP_BOTH_SUFFIX;
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }

    /** True if every text the file gives the exercise is the library's text in that language. */
    private boolean sameTexts(String id) {
        Map<String, ExerciseText> stored = clinicTexts.getOrDefault(id, Map.of());
        return incomingTexts.getOrDefault(id, Map.of()).entrySet().stream()
                .allMatch(t -> t.getValue().equals(stored.get(t.getKey())));
    }

    private static boolean sameContent(Exercise a, Exercise b) {
        return a.withArchived(false).equals(b.withArchived(false));
    }

    /** Every exercise in a file is the receiving clinic's own, whatever the file says its source was. */
    private static Exercise asClinic(Exercise e) {
        if (e.source() == ExerciseSource.CLINIC) {
            return e;
        }
        return new Exercise(e.id(), e.name(), e.summary(), e.steps(), e.cues(), e.mistakes(), e.watchFor(), e.phases(),
                e.region(), e.equipment(), e.position(), e.impact(), e.pelvicFloorDemand(), e.tags(), e.defaultDosage(),
                e.easierId(), e.harderId(), ExerciseSource.CLINIC, e.basedOnId(), e.archived());
    }
}
