package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restride.app.Wording;
import org.restride.domain.Criterion;
import org.restride.text.Words;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Template;

class BuiltInLibraryTest {
    static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();

    private static long countIn(PhaseKind kind) {
        return LIBRARY.exercises().stream().filter(e -> e.phases().contains(kind)).count();
    }

    @Test
    void holdsEnoughExercisesForEveryPhase() {
        assertTrue(LIBRARY.exercises().size() >= 150, "exercises: " + LIBRARY.exercises().size());
        assertTrue(countIn(PhaseKind.FOUNDATION) >= 30);
        assertTrue(countIn(PhaseKind.STRENGTH) >= 40);
        assertTrue(countIn(PhaseKind.IMPACT) >= 30);
        assertTrue(countIn(PhaseKind.RUN) >= 10);
        assertTrue(countIn(PhaseKind.LIFT) >= 15);
    }

    @Test
    void everyExerciseIsCompleteForAPatient() {
        for (Exercise e : LIBRARY.exercises()) {
            String id = e.id();
            assertTrue(e.steps().size() >= 2 && e.steps().size() <= CardLimitsTest.MOST_STEPS, id + " steps");
            assertTrue(e.cues().size() >= 2 && e.cues().size() <= 4, id + " cues");
            assertFalse(e.mistakes().isEmpty(), id + " mistakes");
            assertFalse(e.watchFor().isEmpty(), id + " watch for");
            assertFalse(e.tags().isEmpty(), id + " tags");
            assertTrue(e.summary().length() <= 120, id + " summary is one line");
            assertTrue(e.isBuiltIn(), id + " source");
            assertFalse(e.name().chars().filter(Character::isLetter).allMatch(Character::isUpperCase), id + " all caps");
        }
    }

    @Test
    void easierAndHarderLinksResolveAndAgree() {
        Map<String, Exercise> byId = LIBRARY.exercisesById();
        for (Exercise e : LIBRARY.exercises()) {
            if (e.harderId() != null) {
                assertEquals(e.id(), byId.get(e.harderId()).easierId(), e.id() + " -> " + e.harderId());
            }
            if (e.easierId() != null) {
                assertEquals(e.id(), byId.get(e.easierId()).harderId(), e.id() + " -> " + e.easierId());
            }
        }
    }

    @Test
    void strengthPatternsClimbFromBodyweightToBarbell() {
        Map<String, Exercise> byId = LIBRARY.exercisesById();
        for (String bottom : List.of("squat-bodyweight-box", "hip-hinge-wall-tap", "split-squat-supported", "bridge-bodyweight",
                "wall-push-up", "band-pull-apart")) {
            Set<Equipment> seen = new java.util.HashSet<>();
            for (Exercise e = byId.get(bottom); e != null; e = e.harderId() == null ? null : byId.get(e.harderId())) {
                seen.addAll(e.equipment());
            }
            assertTrue(seen.contains(Equipment.BAND), bottom + " ladder has a band rung");
            assertTrue(seen.contains(Equipment.DUMBBELL) || seen.contains(Equipment.KETTLEBELL), bottom + " ladder has a weight rung");
            assertTrue(seen.contains(Equipment.BARBELL), bottom + " ladder reaches the barbell");
        }
    }

    @Test
    void everyReadinessTestIsBothAnExerciseAndACriterionWithItsTarget() {
        Map<String, Exercise> byId = LIBRARY.exercisesById();
        Map<String, String> targets = Map.ofEntries(
                Map.entry("walking-30-min", "Walking: 30 min"),
                Map.entry("single-leg-balance", "Single-leg balance: 10 s each side"),
                Map.entry("single-leg-squat", "Single-leg squat: 10 each side"),
                Map.entry("jog-on-the-spot", "Jog on the spot: 1 min"),
                Map.entry("forward-bounds", "Long leaps: 10"),
                Map.entry("hop-in-place", "Hop in place: 10 each side"),
                Map.entry("running-man", "Knee drive on one leg: 10 each side"),
                Map.entry("single-leg-calf-raise", "Single-leg calf raise: 20 each side"),
                Map.entry("single-leg-bridge", "Single-leg bridge: 20 each side"),
                Map.entry("single-leg-sit-to-stand", "Single-leg sit-to-stand: 20 each side"),
                Map.entry("side-lying-hip-abduction", "Side-lying leg lift: 20 each side"));
        targets.forEach((key, line) -> {
            Criterion criterion = LIBRARY.criteria().get(key);
            assertNotNull(criterion, key);
            assertEquals(line, new Wording(Words.english()).checklistLine(criterion));
            Exercise test = byId.get(criterion.exerciseId());
            assertNotNull(test, key + " exercise");
            assertEquals(criterion.target(), test.defaultDosage().amount(), key + " exercise dosage is the target");
        });
    }

    @Test
    void theBuiltInTemplatesAreCompleteAndKeepTheClinicalTimeline() {
        Map<String, Template> templates = LIBRARY.templates().stream().collect(Collectors.toMap(Template::key, t -> t));
        assertEquals(Set.of("return-to-run", "return-to-run-caesarean", "return-to-lift", "return-to-lift-caesarean",
                "return-to-run-and-lift"), templates.keySet());
        Set<String> ids = LIBRARY.exercisesById().keySet();
        for (Template t : templates.values()) {
            assertTrue(t.builtIn());
            assertTrue(t.phases().size() >= 4, t.key());
            for (Phase phase : t.phases()) {
                assertFalse(phase.items().isEmpty(), t.key() + " / " + phase.name() + " has exercises");
                assertFalse(phase.exitCriteria().isEmpty(), t.key() + " / " + phase.name() + " has exit criteria");
                assertNotNull(phase.purpose());
                assertTrue(phase.items().stream().map(PhaseItem::exerciseId).allMatch(ids::contains));
                if (phase.kind() == PhaseKind.RUN) {
                    assertTrue(phase.weeks().from() >= 12, t.key() + ": no running before week 12");
                }
            }
        }
        Phase caesareanRun = templates.get("return-to-run-caesarean").phases().stream()
                .filter(p -> p.kind() == PhaseKind.RUN).findFirst().orElseThrow();
        assertTrue(caesareanRun.weeks().from() >= 13, "running after a caesarean waits 3–4 months");
        Set<PhaseKind> both = templates.get("return-to-run-and-lift").phases().stream().map(Phase::kind).collect(Collectors.toSet());
        assertTrue(both.containsAll(Set.of(PhaseKind.RUN, PhaseKind.LIFT)));
    }

    @Test
    void theFingerprintIsStable() {
        assertEquals(LIBRARY.fingerprint(), BuiltInLibrary.load().fingerprint());
    }
}
