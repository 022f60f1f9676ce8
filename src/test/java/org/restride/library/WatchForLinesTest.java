package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;
import org.restride.domain.PhaseKind;

/**
 * Every "watch for" line agrees with CLINICAL.md's signals and pain model and with text/en/symptoms.properties
 * (issue 12, PT review): warning signs send her for medical help now, pain worse the next morning goes to the
 * clinician, muscle and tendon pain follows 0–3 / 4–5 / above 5, and run cards send bony or night pain on.
 */
class WatchForLinesTest {
    private static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();
    private static final Pattern EMERGENCY = Pattern.compile(
            "chest pain|calf pain (or|with) swelling|dizz|faint|breathless|short of breath|fever|from the wound|open area",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PELVIC_OR_BACK = Pattern.compile("pelvi|back|hip|groin|buttock|symptoms",
            Pattern.CASE_INSENSITIVE);

    private static List<String> linesWhere(Predicate<String> wrong) {
        List<String> found = new ArrayList<>();
        for (Exercise e : LIBRARY.exercises()) {
            e.watchFor().stream().filter(wrong).forEach(w -> found.add(e.id() + ": " + w));
        }
        return found;
    }

    @Test
    void aWarningSignSendsHerForMedicalHelpStraightAwayNeverToACareTeam() {
        assertEquals(List.of(), linesWhere(w -> w.contains("care team")));
        assertEquals(List.of(), linesWhere(w -> EMERGENCY.matcher(w).find()
                && !w.contains("get medical help straight away")));
        // The handout prints the warning signs for every card (page-1 stop box, symptoms page); a card repeats one
        // only where its exercise can bring it on (walking, a C-section scar, a calf, dizziness).
        assertTrue(linesWhere(w -> w.contains("get medical help straight away")).size() >= 10);
    }

    @Test
    void painWorseTheNextMorningIsNeverAnsweredByOnlyStepping() {
        assertEquals(List.of(), linesWhere(w -> w.contains("next morning")
                && (w.contains("go back a step") || w.contains("do less next time"))));
        assertEquals(List.of(), linesWhere(w -> w.contains("next morning") && w.contains("worse")
                && PELVIC_OR_BACK.matcher(w).find() && !w.contains("contact your {clinician}")));
    }

    @Test
    void muscleAndTendonPainFollowsTheZeroToThreeFourToFiveAboveFiveModel() {
        assertEquals(List.of(), linesWhere(w -> w.contains("above 3")));
        assertEquals(List.of(), linesWhere(w -> w.contains("out of 10") && !w.contains("Above 5, stop for today")));
        assertTrue(linesWhere(w -> w.startsWith("Calf or back-of-ankle pain up to 5 out of 10")).size() >= 4);
    }

    @Test
    void pelvicPainOnARunSendsDeepBonyOrNightPainToTheClinicianAndStopsRunning() {
        List<String> runCardsWithPelvicPain = new ArrayList<>();
        for (Exercise e : LIBRARY.exercises()) {
            for (String w : e.watchFor()) {
                if (e.phases().contains(PhaseKind.RUN) && w.startsWith("Pain in your pelvis")) {
                    assertTrue(w.contains("deep and bony") && w.contains("at night") && w.contains("stop running")
                            && w.contains("contact your {clinician}"), e.id() + ": " + w);
                    runCardsWithPelvicPain.add(e.id());
                }
            }
        }
        assertTrue(runCardsWithPelvicPain.size() >= 8, runCardsWithPelvicPain.toString());
    }
}
