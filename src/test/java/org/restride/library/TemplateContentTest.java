package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.Exercise;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Intensity;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Region;
import org.restride.domain.Template;

/** The built-in templates read as a pelvic-health PT would read them (CLINICAL.md, issues 11 and 12). */
class TemplateContentTest {
    private static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();
    private static final Map<String, Exercise> EXERCISES = LIBRARY.exercisesById();
    private static final Map<String, Template> TEMPLATES = LIBRARY.templates().stream()
            .collect(Collectors.toMap(Template::key, t -> t));

    private static Exercise exercise(PhaseItem item) {
        return EXERCISES.get(item.exerciseId());
    }

    private static List<String> names(Phase phase) {
        return phase.items().stream().map(i -> exercise(i).name()).toList();
    }

    /** A test is taught by a card of the same name, or by the test's own card (a check), in its phase or an earlier one. */
    @Test
    void everyExitTestIsTaughtByACardOfTheSameNameOrItsOwnTestCardInItsPhaseOrAnEarlierOne() {
        for (Template t : LIBRARY.templates()) {
            List<String> taught = new ArrayList<>();
            for (Phase phase : t.phases()) {
                taught.addAll(names(phase));
                phase.items().forEach(i -> taught.add(i.exerciseId()));
                for (Criterion c : phase.exitCriteria()) {
                    boolean statement = c.target() == null;
                    assertTrue(statement || taught.contains(c.name()) || taught.contains(c.exerciseId()),
                            t.key() + " / " + phase.name() + ": no card teaches \"" + c.name() + "\"");
                }
            }
        }
    }

    /**
     * A jumping check (a high-impact test) is the top rung she has trained: a row of the same name, with days of its
     * own, in the phase that asks for it (Léa's caesarean impact phase checked leaps that no row taught).
     */
    @Test
    void everyJumpingCheckIsTrainedAsARungOfItsPhase() {
        List<String> untrained = new ArrayList<>();
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases()) {
                List<String> rows = phase.items().stream().filter(i -> i.dosage().daysPerWeek() != null)
                        .map(i -> exercise(i).name()).toList();
                for (Criterion c : phase.exitCriteria()) {
                    Exercise test = c.exerciseId() == null ? null : EXERCISES.get(c.exerciseId());
                    if (test != null && test.impact() == ImpactLevel.HIGH && !rows.contains(c.name())) {
                        untrained.add(t.key() + " / " + phase.name() + ": " + c.name());
                    }
                }
            }
        }
        assertEquals(List.of(), untrained);
    }

    /** Hops, skips and leaps come one rung a week at most (PT review: 4 rungs fitted into weeks 12 to 14). */
    @Test
    void anImpactPhaseLastsAWeekForEachJumpingRung() {
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases().stream().filter(p -> p.kind() == PhaseKind.IMPACT).toList()) {
                long jumping = phase.items().stream().filter(i -> i.dosage().daysPerWeek() != null
                        && exercise(i).impact() == ImpactLevel.HIGH).count();
                int weeks = phase.weeks().to() - phase.weeks().from();
                assertTrue(weeks >= jumping, t.key() + " / " + phase.name() + ": " + jumping + " rungs in " + weeks + " weeks");
            }
        }
        assertEquals(16, TEMPLATES.get("return-to-run").phases().get(4).weeks().from());
        assertEquals(16, TEMPLATES.get("return-to-run-and-lift").phases().get(4).weeks().from());
    }

    /**
     * The foundation (CLINICAL.md): rib mobility or core control without gripping, pelvic floor long holds before the
     * strength phase checks 12 strong 10-second holds, and a check that says "sitting" has a sitting pelvic floor card.
     */
    @Test
    void theFoundationTrainsCoreControlLongHoldsAndThePositionsItsCheckNames() {
        Set<String> control = Set.of("heel-slide-lying", "open-book-side-lying", "side-lying-rib-opener",
                "core-breath-connection-lying", "bent-knee-fallout");
        for (Template t : LIBRARY.templates()) {
            Phase foundation = t.phases().get(0);
            List<String> ids = foundation.items().stream().map(PhaseItem::exerciseId).toList();
            assertTrue(ids.stream().anyMatch(control::contains), t.key() + ": " + ids);
            assertTrue(ids.stream().anyMatch(id -> id.startsWith("pelvic-floor-long-holds")), t.key() + ": " + ids);
            for (Criterion c : foundation.exitCriteria()) {
                for (String position : List.of("sitting", "standing")) {
                    boolean card = foundation.items().stream().anyMatch(i -> exercise(i).region() == Region.PELVIC_FLOOR
                            && exercise(i).position().name().equalsIgnoreCase(position));
                    assertTrue(!c.name().contains(position) || card, t.key() + ": " + c.name());
                }
            }
        }
    }

    /** How many easier rungs of the same ladder, in the same phase, come before this item (0 for the first rung). */
    private static int rungsBefore(Phase phase, PhaseItem item) {
        Set<String> inPhase = phase.items().stream().map(PhaseItem::exerciseId)
                .collect(Collectors.toSet());
        int before = 0;
        Exercise step = exercise(item);
        for (int look = 0; step != null && step.easierId() != null && look < 4; look++) {
            step = EXERCISES.get(step.easierId());
            if (step != null && inPhase.contains(step.id())) {
                before++;
                look = -1;
            }
        }
        return before;
    }

    /**
     * A home programme she can keep up (issue 11): at most 7 rows with days of their own in a phase (a test with no
     * days is a check, not a row), and a ladder of at most 4 rungs in one phase.
     */
    @Test
    void aPhaseHoldsAtMostSevenRowsAndALadderOfAtMostFourRungs() {
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases()) {
                List<String> rows = phase.items().stream().filter(i -> i.dosage().daysPerWeek() != null)
                        .map(PhaseItem::exerciseId).toList();
                assertTrue(rows.size() <= 7, t.key() + " / " + phase.name() + ": " + rows.size() + " rows " + rows);
                for (PhaseItem item : phase.items()) {
                    assertTrue(rungsBefore(phase, item) <= 3, t.key() + " / " + phase.name() + ": " + item.exerciseId()
                            + " is rung " + (rungsBefore(phase, item) + 1));
                }
            }
        }
        Phase hops = TEMPLATES.get("return-to-run").phases().get(3);
        assertEquals(3, hops.items().stream().mapToInt(i -> rungsBefore(hops, i)).max().orElse(0), "the check counts rungs");
    }

    /**
     * The strength phases keep the whole body (CLINICAL.md): squat, hinge, split squat, push, pull, balance (a row or
     * its check) and daily pelvic floor work, within 7 rows; bridge and calf wait for the single-leg work of phase 3.
     */
    @Test
    void aStrengthPhaseKeepsTheWholeBody() {
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases().stream().filter(p -> p.kind() == PhaseKind.STRENGTH).toList()) {
                List<String> ids = phase.items().stream().map(PhaseItem::exerciseId).toList();
                for (String pattern : List.of("squat-", "hinge", "split-squat-", "push-up", "row-", "single-leg-")) {
                    assertTrue(ids.stream().anyMatch(id -> id.contains(pattern)), t.key() + ": no " + pattern);
                }
                assertTrue(phase.items().stream().anyMatch(i -> exercise(i).region() == Region.PELVIC_FLOOR
                        && i.dosage().daysPerWeek() != null), t.key() + ": daily pelvic floor work");
            }
        }
    }

    @Test
    void aPhaseThatAsksForPelvicFloorChecksHasAPelvicFloorCard() {
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases()) {
                boolean asks = phase.exitCriteria().stream().anyMatch(c -> c.key() != null && c.key().startsWith("pelvic-floor"));
                boolean card = phase.items().stream().anyMatch(i -> exercise(i).region() == Region.PELVIC_FLOOR);
                assertTrue(!asks || card, t.key() + " / " + phase.name());
            }
        }
    }

    @Test
    void aPhaseHoldsAtMostOneWalkRunItemAndItsNoteIsTheWeeklyTable() {
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases()) {
                List<PhaseItem> walkRun = phase.items().stream().filter(i -> i.exerciseId().startsWith("run-walk-run")).toList();
                assertTrue(walkRun.size() <= 1, t.key() + " / " + phase.name() + ": " + walkRun.size() + " walk–run cards");
                walkRun.forEach(i -> assertTrue(i.note() != null && i.note().contains("walk–run table"), t.key()));
                walkRun.forEach(i -> assertEquals(null, i.dosage().restSeconds(), "the walk is a walk, not rest"));
            }
        }
    }

    @Test
    void highImpactWaitsForWeek12AfterAVaginalBirthAndThreeMonthsAfterACSection() {
        for (Template t : LIBRARY.templates()) {
            int earliest = t.key().contains("caesarean") ? 13 : 12;
            for (Phase phase : t.phases()) {
                for (PhaseItem item : phase.items()) {
                    if (exercise(item).impact() == ImpactLevel.HIGH) {
                        assertTrue(phase.weeks().from() >= earliest,
                                t.key() + " / " + phase.name() + " starts at week " + phase.weeks().from() + " with " + item.exerciseId());
                    }
                }
            }
        }
        for (String id : List.of("impact-jog-on-the-spot", "impact-pogo-hops", "impact-single-leg-hops", "impact-bounds",
                "impact-a-skip", "impact-split-jumps", "test-jog-on-the-spot", "test-hop-in-place", "test-forward-bounds")) {
            assertEquals(ImpactLevel.HIGH, EXERCISES.get(id).impact(), id);
        }
        for (String id : List.of("impact-heel-drops", "impact-stamping", "impact-marching")) {
            assertEquals(ImpactLevel.LOW, EXERCISES.get(id).impact(), id);
        }
    }

    @Test
    void aLadderWithinAPhaseSaysWhereToStartAndWhenToAddTheNextRungWithHopsBeforeBounds() {
        Pattern add = Pattern.compile("add ([A-Z][^.]*?)\\.");
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases().stream().filter(p -> p.kind() == PhaseKind.IMPACT).toList()) {
                List<String> names = names(phase);
                long starts = phase.items().stream().filter(i -> i.note() != null && i.note().startsWith("Start here")).count();
                assertEquals(1, starts, t.key() + " / " + phase.name() + ": one rung to start on");
                for (PhaseItem item : phase.items()) {
                    Matcher m = add.matcher(item.note() == null ? "" : item.note());
                    while (m.find()) {
                        assertTrue(names.contains(m.group(1)), t.key() + ": \"" + m.group(1) + "\" is not in " + phase.name());
                    }
                }
                int bounds = names.stream().filter(n -> n.startsWith("Long leaps")).findFirst().map(names::indexOf).orElse(-1);
                if (bounds >= 0) {
                    assertTrue(names.indexOf("Hop in place") >= 0 && names.indexOf("Hop in place") < bounds, t.key());
                    assertTrue(names.indexOf("Skipping with high knees") < bounds, t.key());
                }
            }
        }
        assertEquals("impact-bounds", EXERCISES.get("impact-a-skip").harderId());
    }

    @Test
    void aLiftingPlanCarriesNoRunningLines() {
        Pattern running = Pattern.compile("\\brun(s|ning)?\\b", Pattern.CASE_INSENSITIVE);
        for (String key : List.of("return-to-lift", "return-to-lift-caesarean")) {
            for (Phase phase : TEMPLATES.get(key).phases()) {
                for (PhaseItem item : phase.items()) {
                    Exercise e = exercise(item);
                    List<String> lines = new ArrayList<>(List.of(e.name(), e.summary()));
                    lines.addAll(e.steps());
                    lines.addAll(e.cues());
                    lines.addAll(e.watchFor());
                    lines.add(String.valueOf(item.note()));
                    lines.add(String.valueOf(item.dosage().note()));
                    lines.forEach(line -> assertFalse(running.matcher(line).find(), key + " / " + e.id() + ": " + line));
                }
                assertFalse(running.matcher(phase.purpose()).find(), key + " / " + phase.name());
            }
        }
    }

    /** The first effort a note names is the effort printed beside it; a range such as "6 to 7" is never printed. */
    @Test
    void theEffortANoteNamesIsTheEffortItsDosePrints() {
        Pattern effort = Pattern.compile("effort (\\d+)( (to|or) \\d+)?");
        List<String> wrong = new ArrayList<>();
        List<Object[]> doses = new ArrayList<>();
        LIBRARY.exercises().forEach(e -> doses.add(new Object[] {e.id(), e.defaultDosage()}));
        for (Template t : LIBRARY.templates()) {
            t.phases().forEach(p -> p.items().forEach(i -> doses.add(new Object[] {t.key() + "/" + i.exerciseId(), i.dosage()})));
        }
        int checked = 0;
        for (Object[] dose : doses) {
            Dosage d = (Dosage) dose[1];
            Matcher m = effort.matcher(d.note() == null ? "" : d.note());
            if (!m.find()) {
                continue;
            }
            checked++;
            if (m.group(2) != null || !new Intensity.Rpe(Integer.parseInt(m.group(1))).equals(d.intensity())) {
                wrong.add(dose[0] + ": " + d.intensity() + " beside \"" + d.note() + "\"");
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 15, "notes with an effort: " + checked);
    }

    /** A first hinge under load is not at effort 7 (PT review): the first kettlebell deadlift starts lighter. */
    @Test
    void theFirstLoadedDeadliftStartsLighterThanEffortSeven() {
        int checked = 0;
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases()) {
                for (PhaseItem item : phase.items()) {
                    if (item.exerciseId().equals("kettlebell-deadlift")) {
                        Intensity.Rpe rpe = (Intensity.Rpe) item.dosage().intensity();
                        assertTrue(rpe.value() <= 6, t.key() + ": effort " + rpe.value());
                        assertTrue(item.dosage().note().contains("for 2 weeks, then 7"), t.key());
                        checked++;
                    }
                }
            }
        }
        assertEquals(3, checked);
        String runAndLift = TEMPLATES.get("return-to-run-and-lift").phases().get(4).purpose();
        assertTrue(runAndLift.contains("add the lifts a week later"), runAndLift);
    }

    @Test
    void anEffortInACriterionMatchesTheCardsOfItsPhase() {
        Pattern effort = Pattern.compile("^(.+?): (\\d+) rounds of (\\d+) at effort (\\d+) out of 10");
        int checked = 0;
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases()) {
                for (Criterion c : phase.exitCriteria()) {
                    Matcher m = effort.matcher(c.name());
                    if (!m.find()) {
                        continue;
                    }
                    PhaseItem card = phase.items().stream().filter(i -> exercise(i).name().equals(m.group(1))).findFirst()
                            .orElse(null);
                    assertNotNull(card, t.key() + ": no card for " + c.name());
                    int reps = Integer.parseInt(m.group(3));
                    assertEquals(Integer.parseInt(m.group(2)), card.dosage().sets(), c.name());
                    assertTrue(card.dosage().amount().min() <= reps, c.name());
                    int target = Integer.parseInt(m.group(4));
                    String note = card.dosage().note() == null ? "" : card.dosage().note();
                    if (!note.matches("Start lighter, at effort \\d+, for \\d+ weeks, then " + target + "\\..*")) {
                        assertEquals(new Intensity.Rpe(target), card.dosage().intensity(), c.name());
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked >= 6, "criteria with an effort: " + checked);
    }

    @Test
    void runAndLiftClimbsThroughLoadedStrengthWithClosedWeeksAndKeepsRunningToTheEnd() {
        List<Phase> phases = TEMPLATES.get("return-to-run-and-lift").phases();
        for (int i = 1; i < phases.size(); i++) {
            assertNotNull(phases.get(i - 1).weeks().to(), "closed weeks: " + phases.get(i - 1).name());
            assertTrue(phases.get(i - 1).weeks().to() <= phases.get(i).weeks().from() + 0, phases.get(i).name());
        }
        Phase last = phases.get(phases.size() - 1);
        assertTrue(last.items().stream().anyMatch(i -> i.exerciseId().startsWith("run-")), "running stays in the last phase");
        int firstBarbell = -1;
        int firstWeight = -1;
        for (int i = 0; i < phases.size(); i++) {
            for (PhaseItem item : phases.get(i).items()) {
                var equipment = exercise(item).equipment().toString();
                if (firstWeight < 0 && (equipment.contains("KETTLEBELL") || equipment.contains("DUMBBELL"))) {
                    firstWeight = i;
                }
                if (firstBarbell < 0 && equipment.contains("BARBELL")) {
                    firstBarbell = i;
                }
            }
        }
        assertTrue(firstWeight >= 0 && firstWeight < firstBarbell, "kettlebells and dumbbells before the barbell");
        Phase loaded = phases.get(firstBarbell - 1);
        assertTrue(loaded.exitCriteria().stream().anyMatch(c -> c.name().contains("Kettlebell deadlift")), "lifting track");
        assertTrue(loaded.exitCriteria().stream().anyMatch(c -> c.name().contains("walk–run")), "running track");
        assertTrue(loaded.exitCriteria().stream().noneMatch(c -> c.name().contains("20 minutes")),
                "lifting does not wait for a 20-minute run");
    }

    /** Phases follow one another without overlapping weeks; after a C-section high effort starts at 3–4 months. */
    @Test
    void weeksNeverOverlapAndHighEffortAfterACSectionStartsAtThreeToFourMonths() {
        for (Template t : LIBRARY.templates()) {
            List<Phase> phases = t.phases();
            for (int i = 1; i < phases.size(); i++) {
                Integer to = phases.get(i - 1).weeks().to();
                assertTrue(to != null && to <= phases.get(i).weeks().from(),
                        t.key() + ": " + phases.get(i - 1).name() + " overlaps " + phases.get(i).name());
            }
        }
        for (String key : List.of("return-to-run-caesarean", "return-to-lift-caesarean")) {
            Phase firstHighEffort = TEMPLATES.get(key).phases().stream()
                    .filter(p -> p.kind() == PhaseKind.RUN || p.kind() == PhaseKind.LIFT || p.kind() == PhaseKind.IMPACT)
                    .findFirst().orElseThrow();
            int from = firstHighEffort.weeks().from();
            assertTrue(from >= 13 && from <= 17, key + " starts high effort at week " + from);
        }
    }

    /** A phase that holds both running and lifting says what to do about both, in words of its own. */
    @Test
    void aPhaseWithRunningAndLiftingIntroducesBoth() {
        int checked = 0;
        for (Template t : LIBRARY.templates()) {
            List<String> purposes = t.phases().stream().map(Phase::purpose).toList();
            assertEquals(purposes.size(), purposes.stream().distinct().count(), t.key() + ": a phase intro repeats");
            for (Phase phase : t.phases()) {
                boolean runs = phase.items().stream().anyMatch(i -> i.exerciseId().startsWith("run-"));
                boolean lifts = phase.items().stream().anyMatch(i -> exercise(i).phases().contains(PhaseKind.LIFT));
                if (runs && lifts) {
                    assertTrue(phase.purpose().contains("walk–run") && phase.purpose().contains("lift"),
                            t.key() + " / " + phase.name());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 2, "phases with both: " + checked);
    }

    @Test
    void liftingAfterACSectionHasItsOwnTemplateAndAVaginalBirthGetsTheThreeMonthAdvice() {
        Template caesarean = TEMPLATES.get("return-to-lift-caesarean");
        assertNotNull(caesarean);
        assertTrue(caesarean.phases().get(0).items().stream().anyMatch(i -> i.exerciseId().startsWith("caesarean-")));
        caesarean.phases().stream().filter(p -> p.kind() == PhaseKind.LIFT)
                .forEach(p -> assertTrue(p.weeks().from() >= 13, "heavier weights at 3–4 months"));
        assertTrue(TEMPLATES.get("return-to-lift").phases().stream().filter(p -> p.kind() == PhaseKind.LIFT)
                .allMatch(p -> p.purpose().contains("at least 3 months")));
    }
}
