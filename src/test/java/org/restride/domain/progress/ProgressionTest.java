package org.restride.domain.progress;

import java.util.List;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.progress.ProgressFixtures.HOP;
import static org.restride.domain.progress.ProgressFixtures.IMPACT;
import static org.restride.domain.progress.ProgressFixtures.RUN;
import static org.restride.domain.Refused.said;

import org.junit.jupiter.api.Test;
import org.restride.domain.DeliveryType;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;

class ProgressionTest {
    private static Verdict verdictFor(Roadmap roadmap, Visit visit) {
        return ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(DeliveryType.VAGINAL), visit, visit.date());
    }

    @Test
    void acceptingReadyMakesTheNextPhaseCurrentAndChangesNothingElse() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Roadmap next = Progression.advance(roadmap, verdictFor(roadmap, ProgressFixtures.passingVisit(roadmap, 16)));
        assertEquals(RUN, next.currentPhase());
        assertEquals("Back to running", next.current().name());
        assertEquals(roadmap.phases(), next.phases());
        assertEquals(roadmap.withCurrentPhase(RUN), next);
    }

    @Test
    void onlyAReadyVerdictForTheCurrentPhaseMovesHerOn() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Verdict hold = verdictFor(roadmap, ProgressFixtures.passingVisit(roadmap, 16).withResult(CriterionResult.perSide(HOP, 3, 3)));
        ValidationException e = assertThrows(ValidationException.class, () -> Progression.advance(roadmap, hold));
        assertEquals("verdict is \"hold\": only \"Ready to progress\" moves her on", said(e));

        Verdict ready = verdictFor(roadmap, ProgressFixtures.passingVisit(roadmap, 16));
        Roadmap moved = Progression.advance(roadmap, ready);
        ValidationException stale = assertThrows(ValidationException.class, () -> Progression.advance(moved, ready));
        assertTrue(said(stale).contains("record a new visit"), said(stale));
    }

    @Test
    void theLastPhaseHasNowhereFurther() {
        Roadmap last = ProgressFixtures.roadmap(RUN);
        Verdict ready = verdictFor(last, ProgressFixtures.passingVisit(last, 20));
        assertEquals(Status.READY, ready.status());
        assertEquals("Ready: every exit criterion of \"Back to running\" is met.", VerdictRulesTest.WORDS.headline(ready));
        assertThrows(ValidationException.class, () -> Progression.advance(last, ready));
    }

    @Test
    void steppingBackGoesOnePhaseBackButNotBeforeTheFirst() {
        assertEquals(IMPACT - 1, Progression.stepBack(ProgressFixtures.roadmap(IMPACT)).currentPhase());
        assertThrows(ValidationException.class, () -> Progression.stepBack(ProgressFixtures.roadmap(0)));
    }

    @Test
    void anOverriddenVerdictCanBeAcceptedAndKeepsWhyInItsReasons() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 11).withOverrides(List.of(
                new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "Experienced runner, no symptoms, consultant agreed")));
        Verdict verdict = verdictFor(roadmap, visit);
        assertEquals(Status.READY, verdict.status());
        assertEquals(1, verdict.overridden().size());
        assertTrue(VerdictRulesTest.WORDS.line(verdict.overridden().get(0))
                .endsWith("Overridden: Experienced runner, no symptoms, consultant agreed"));
        assertEquals(RUN, Progression.advance(roadmap, verdict).currentPhase());
    }
}
