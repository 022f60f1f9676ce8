package org.restride.domain.walkrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator's invariants, checked over many starting points, goals and symptom weeks. */
class WalkRunGeneratorTest {
    private static final int[] RUNS = {10, 15, 20, 30, 45, 60, 75, 90, 120, 150, 180, 240, 300, 420, 600};
    private static final int[] WALKS = {30, 45, 60, 90, 120, 180, 240, 300};
    private static final int[] GOALS = {10, 20, 25, 30, 45, 60};

    /** A fixed-seed sample of starting points, so a failure can be repeated. */
    private static List<WalkRunWeek> starts() {
        Random random = new Random(20260105);
        List<WalkRunWeek> starts = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            int run = RUNS[random.nextInt(RUNS.length)];
            int repeats = 1 + random.nextInt(15);
            int walk = repeats == 1 ? 0 : WALKS[random.nextInt(WALKS.length)];
            starts.add(new WalkRunWeek(1, run, walk, repeats, 1 + random.nextInt(7), false));
        }
        starts.add(WalkRunWeek.intervals(1, 60, 120, 8, 3));
        return starts;
    }

    private static int goalFor(int i) {
        return GOALS[i % GOALS.length];
    }

    @Test
    void weeklyRunningTimeNeverRisesMoreThanTenPercent() {
        List<WalkRunWeek> starts = starts();
        for (int i = 0; i < starts.size(); i++) {
            List<WalkRunWeek> weeks = WalkRunGenerator.generate(starts.get(i), goalFor(i), Set.of());
            for (int w = 1; w < weeks.size(); w++) {
                long before = weeks.get(w - 1).weeklyRunSeconds();
                long after = weeks.get(w).weeklyRunSeconds();
                assertTrue(after * 10 <= before * 11, "week " + weeks.get(w).week() + " of " + weeks);
            }
        }
    }

    @Test
    void eachWeekChangesOneThingAndNeverTheSessionsPerWeek() {
        List<WalkRunWeek> starts = starts();
        for (int i = 0; i < starts.size(); i++) {
            List<WalkRunWeek> weeks = WalkRunGenerator.generate(starts.get(i), goalFor(i), Set.of());
            for (int w = 1; w < weeks.size(); w++) {
                WalkRunWeek before = weeks.get(w - 1);
                WalkRunWeek after = weeks.get(w);
                assertEquals(before.sessionsPerWeek(), after.sessionsPerWeek());
                int changed = (before.runSeconds() != after.runSeconds() ? 1 : 0)
                        + (before.walkSeconds() != after.walkSeconds() ? 1 : 0)
                        + (before.repeats() != after.repeats() ? 1 : 0);
                boolean walkBreaksDropped = !before.isContinuous() && after.isContinuous()
                        && after.runSeconds() <= before.sessionRunSeconds();
                assertTrue(changed == 1 || walkBreaksDropped, "week " + after.week() + ": " + before + " -> " + after);
            }
        }
    }

    @Test
    void everyStartReachesItsGoalAndStopsThere() {
        List<WalkRunWeek> starts = starts();
        for (int i = 0; i < starts.size(); i++) {
            int goal = goalFor(i);
            List<WalkRunWeek> weeks = WalkRunGenerator.generate(starts.get(i), goal, Set.of());
            WalkRunWeek last = weeks.get(weeks.size() - 1);
            assertTrue(last.isContinuous() && last.runSeconds() >= goal * 60, "goal " + goal + " from " + starts.get(i) + ": " + last);
            if (!starts.get(i).isContinuous()) {
                assertEquals(goal * 60, last.runSeconds(), "dropping the walk breaks lands on the goal");
            }
            assertTrue(weeks.subList(0, weeks.size() - 1).stream().noneMatch(w -> WalkRunGenerator.reachesGoal(w, goal)),
                    "only the last week reaches the goal");
            for (int w = 0; w < weeks.size(); w++) {
                assertEquals(w + 1, weeks.get(w).week());
            }
        }
    }

    @Test
    void aWeekWithSymptomsIsRepeatedBeforeMovingOn() {
        List<WalkRunWeek> starts = starts();
        Random random = new Random(7);
        for (int i = 0; i < starts.size(); i++) {
            Set<Integer> symptoms = new HashSet<>();
            for (int k = 0; k < 4; k++) {
                symptoms.add(1 + random.nextInt(30));
            }
            List<WalkRunWeek> weeks = WalkRunGenerator.generate(starts.get(i), goalFor(i), symptoms);
            for (int w = 1; w < weeks.size(); w++) {
                WalkRunWeek before = weeks.get(w - 1);
                WalkRunWeek after = weeks.get(w);
                boolean afterSymptoms = symptoms.contains(before.week());
                assertEquals(afterSymptoms, after.repeated(), "week " + after.week() + " with symptoms in " + symptoms);
                if (afterSymptoms) {
                    assertTrue(after.sameSessionAs(before), "a repeat is the same session: " + before + " / " + after);
                }
            }
            WalkRunWeek last = weeks.get(weeks.size() - 1);
            assertFalse(symptoms.contains(last.week()) && last.week() < WalkRunWeek.MAX_WEEKS,
                    "a plan never ends on a week with symptoms");
        }
    }

    @Test
    void theUsualStartBuildsAPlainPlan() {
        WalkRunPlan plan = WalkRunPlan.generate(60, 120, 8, 3, 20);
        assertEquals(WalkRunWeek.intervals(1, 60, 120, 8, 3), plan.weeks().get(0));
        assertEquals(WalkRunWeek.intervals(2, 65, 120, 8, 3), plan.weeks().get(1), "running time goes up first");
        assertEquals(WalkRunWeek.intervals(3, 65, 90, 8, 3), plan.weeks().get(2), "then the long walk break shortens");
        WalkRunWeek last = plan.weeks().get(plan.weeks().size() - 1);
        assertEquals(WalkRunWeek.continuous(last.week(), 20 * 60, 3), last);
        assertTrue(plan.reachesGoal());
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void aRunAlreadyAtTheGoalIsTheWholePlan() {
        WalkRunWeek start = WalkRunWeek.continuous(1, 25 * 60, 3);
        assertEquals(List.of(start), WalkRunGenerator.generate(start, 20, Set.of()));
    }
}
