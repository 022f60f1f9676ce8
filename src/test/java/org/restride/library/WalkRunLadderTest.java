package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;

/**
 * The walk–run cards climb as CLINICAL.md says (issue 12, PT review): bouts merge at constant running time
 * (… 4×5 → 2×10 → 20 continuous), so the longest bout never more than doubles from one card to the next, and each
 * later card's note names the next rung (the first sends her to her week-by-week table).
 */
class WalkRunLadderTest {
    private static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();

    private static List<Exercise> ladder() {
        List<Exercise> rungs = new ArrayList<>();
        Exercise e = LIBRARY.exercisesById().get("run-walk-run-1-2");
        while (e != null && !e.id().equals("run-easy-run")) {
            rungs.add(e);
            e = e.harderId() == null ? null : LIBRARY.exercisesById().get(e.harderId());
        }
        assertTrue(e != null, "the ladder ends in the easy run");
        return rungs;
    }

    private static int bout(Exercise e) {
        return e.defaultDosage().amount().min();
    }

    private static int runningMinutes(Exercise e) {
        return e.defaultDosage().sets() * bout(e);
    }

    @Test
    void theLongestBoutNeverMoreThanDoublesAndRunningTimeNeverFalls() {
        List<Exercise> rungs = ladder();
        assertEquals("run-continuous-20-min", rungs.get(rungs.size() - 1).id());
        for (int i = 1; i < rungs.size(); i++) {
            Exercise before = rungs.get(i - 1);
            Exercise after = rungs.get(i);
            assertTrue(bout(after) <= 2 * bout(before), before.id() + " -> " + after.id());
            assertTrue(runningMinutes(after) >= runningMinutes(before), before.id() + " -> " + after.id());
        }
    }

    @Test
    void theLastIntervalsMergeAtTwentyMinutesOfRunning() {
        List<Exercise> rungs = ladder();
        List<String> lastThree = rungs.subList(rungs.size() - 3, rungs.size()).stream()
                .map(e -> e.defaultDosage().sets() + "x" + bout(e)).toList();
        assertEquals(List.of("4x5", "2x10", "1x20"), lastThree);
    }

    /**
     * The first rung is the one the templates use, and there her week-by-week table (the generator) gives the next
     * step, which is not the library's next card (week 2 is 2 min run, 2 min walk): its note sends her to the table.
     */
    @Test
    void eachRungsNoteNamesTheNextRungAndTheFirstSendsHerToHerTable() {
        List<Exercise> rungs = ladder();
        String first = rungs.get(0).defaultDosage().note();
        assertTrue(first.contains("week-by-week table") && !first.contains("next step:"), first);
        for (Exercise e : rungs.subList(1, rungs.size())) {
            String next = LIBRARY.exercisesById().get(e.harderId()).name();
            assertTrue(e.defaultDosage().note().contains("next step: " + next), e.id() + ": " + e.defaultDosage().note());
        }
    }
}
