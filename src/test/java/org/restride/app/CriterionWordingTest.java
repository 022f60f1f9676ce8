package org.restride.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;
import org.restride.domain.DoseUnit;
import org.restride.text.Words;

/** Readiness tests read the same on the checklist, in the window and in the verdict, word for word. */
class CriterionWordingTest {
    private final Wording wording = new Wording(Words.english());

    @Test
    void criteriaPrintAsChecklistLines() {
        Criterion calf = new Criterion("single-leg-calf-raise", "Single-leg calf raise", Amount.of(DoseUnit.REPS, 20), true, null);
        assertEquals("Single-leg calf raise: 20 each side", wording.checklistLine(calf));
        Criterion walking = new Criterion(null, "Walking", Amount.of(DoseUnit.MINUTES, 30), false, null);
        assertEquals("Walking: 30 min", wording.checklistLine(walking));
        assertEquals("No leaking on a brisk walk", wording.checklistLine(Criterion.statement("No leaking on a brisk walk")));
    }

    @Test
    void eachUnitSaysItsTarget() {
        assertEquals("10 s each side", wording.target(new Criterion(null, "Side plank", Amount.of(DoseUnit.HOLD_SECONDS, 10), true, null)));
        assertEquals("45 s", wording.target(new Criterion(null, "Hop", Amount.of(DoseUnit.SECONDS, 45), false, null)));
        assertEquals("400 m", wording.target(new Criterion(null, "Run", Amount.of(DoseUnit.METRES, 400), false, null)));
        assertEquals("5 breaths", wording.target(new Criterion(null, "Breathe", Amount.of(DoseUnit.BREATHS, 5), false, null)));
        assertEquals("", wording.target(Criterion.statement("Walking an hour feels easy")));
    }

    /** A list of tests inside a sentence, in the handout's language: "a, b and c", "a, b y c", acronyms kept. */
    @Test
    void listsJoinInTheLanguageWithLaterItemsLowerCase() {
        List<String> tests = List.of("Walking: 30 min", "Jog on the spot: 1 min", "EPDS under 10", "No leaking");
        assertEquals("Walking: 30 min, jog on the spot: 1 min, EPDS under 10 and no leaking", wording.join(tests));
        Wording spanish = new Wording(Words.of(Locale.forLanguageTag("es")));
        assertEquals("Caminar: 30 min, trotar en el lugar: 1 min y sin escapes de orina",
                spanish.join(List.of("Caminar: 30 min", "Trotar en el lugar: 1 min", "Sin escapes de orina")));
        assertEquals("Caminar: 30 min", spanish.join(List.of("Caminar: 30 min")));
        assertEquals("Caída de talones, pisar fuerte y marchar van bien; y impulso de rodilla: 10 de cada lado",
                spanish.join(List.of("Caída de talones, pisar fuerte y marchar van bien", "Impulso de rodilla: 10 de cada lado")));
    }
}
