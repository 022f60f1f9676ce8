package org.restride.app.walkrun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.walkrun.WalkRunWarning;
import org.restride.domain.walkrun.WalkRunWeek;
import org.restride.text.Words;

/** The walk–run table and warnings read in plain words, as the window shows them. */
class WalkRunWordsTest {
    private final WalkRunWords words = new WalkRunWords(Words.english());
    private final WalkRunPlan plan = WalkRunPlan.generate(60, 120, 8, 3, 20);

    @Test
    void theTablePrintsPlainWords() {
        assertEquals(List.of("Week", "Run", "Walk", "Repeats", "Sessions a week", "Running a week", "Note"), words.headers());
        List<List<String>> rows = words.rows(plan.symptomsIn(1));
        assertEquals(List.of("1", "1 min", "2 min", "8", "3", "24 min", ""), rows.get(0));
        assertEquals(List.of("2", "1 min", "2 min", "8", "3", "24 min", "Same as week 1: back to it while symptoms settle"), rows.get(1));
        assertEquals(List.of("3", "2 min", "2 min", "4", "3", "24 min", ""), rows.get(2));
        assertEquals(List.of("4", "3 min", "2 min", "3", "3", "27 min", ""), rows.get(3));
        assertEquals("Same as week 4: back to it while symptoms settle", words.rows(plan.symptomsIn(5)).get(5).get(6));
        List<String> last = rows.get(rows.size() - 1);
        assertEquals(List.of("20 min without stopping", "none", "1", "3", "60 min"), last.subList(1, 6));
    }

    @Test
    void warningsNameTheWeekAndTheRule() {
        assertEquals(List.of("Week 2: weekly running time rises by 31 % (aim for about 10 % at most)."),
                words.warnings(plan.edit(WalkRunWeek.intervals(2, 90, 120, 7, 3))));
        assertEquals(List.of("Week 2 changes more than one thing at once (run, walk, repeats, sessions)."),
                words.warnings(plan.edit(WalkRunWeek.intervals(2, 75, 90, 6, 3))));
        assertEquals("Week 3 is marked as a step back but matches no earlier week.",
                words.warning(new WalkRunWarning(WalkRunWarning.Kind.UNMATCHED_STEP_BACK, 3, 0)));
    }
}
