package org.restride.domain.walkrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restride.domain.ValidationException;

class WalkRunPlanTest {
    private final WalkRunPlan plan = WalkRunPlan.generate(60, 120, 8, 3, 20);

    @Test
    void anEditedWeekIsKeptEarlierWeeksStayAndLaterWeeksAreBuiltFromIt() {
        WalkRunWeek edited = WalkRunWeek.intervals(4, 240, 60, 3, 3);
        WalkRunPlan changed = plan.edit(edited);
        assertEquals(plan.weeks().subList(0, 3), changed.weeks().subList(0, 3));
        assertEquals(edited, changed.weeks().get(3));
        WalkRunWeek fifth = changed.weeks().get(4);
        assertTrue(fifth.weeklyRunSeconds() * 10 <= edited.weeklyRunSeconds() * 11);
        assertEquals(60, fifth.walkSeconds(), "the edited walk break is kept");
        assertTrue(changed.reachesGoal());
    }

    /** A rise over 10 % is the PT's to judge, unless it is the smallest a 30-second step allows (short bouts). */
    @Test
    void theSmallestRiseA30SecondStepAllowsIsNotWarnedAbout() {
        WalkRunPlan shortBouts = plan.edit(WalkRunWeek.intervals(2, 90, 120, 6, 3));
        assertEquals(List.of(), shortBouts.warnings(), "8 × 1 min to 6 × 1 min 30 s is +12.5 %, the smallest rise there is");
        WalkRunPlan more = plan.edit(WalkRunWeek.intervals(2, 90, 120, 7, 3));
        assertEquals(List.of(new WalkRunWarning(WalkRunWarning.Kind.STEEP_RISE, 2, 31)), more.warnings());
    }

    @Test
    void aBigJumpTheptMadeIsWarnedAboutNotRefused() {
        WalkRunPlan changed = plan.edit(WalkRunWeek.intervals(2, 120, 120, 8, 3));
        assertEquals(List.of(new WalkRunWarning(WalkRunWarning.Kind.STEEP_RISE, 2, 100)), changed.warnings());
        WalkRunPlan twoAtOnce = plan.edit(WalkRunWeek.intervals(2, 75, 90, 6, 3));
        assertEquals(List.of(new WalkRunWarning(WalkRunWarning.Kind.SEVERAL_CHANGES, 2, 0)), twoAtOnce.warnings());
    }

    @Test
    void badEditsAreRefusedWithTheFieldNamed() {
        assertEquals("run seconds must be between 10 and 7200 (was -30)",
                said(assertThrows(ValidationException.class, () -> WalkRunWeek.intervals(3, -30, 60, 8, 3))));
        assertEquals("sessions per week must be between 1 and 7 (was 9)",
                said(assertThrows(ValidationException.class, () -> WalkRunWeek.intervals(3, 60, 60, 8, 9))));
        assertEquals("walk seconds must be more than 0 between 8 repeats; for a continuous run set repeats to 1",
                said(assertThrows(ValidationException.class, () -> WalkRunWeek.intervals(3, 60, 0, 8, 3))));
        assertThrows(ValidationException.class, () -> plan.edit(WalkRunWeek.intervals(plan.weeks().size() + 2, 60, 60, 8, 3)));
        assertEquals("goal minutes must be between 5 and 90 (was 200)",
                said(assertThrows(ValidationException.class, () -> plan.withGoal(200))));
    }

    @Test
    void symptomsReportedInAWeekGoBackToTheLastSymptomFreeWeekAndPushTheRestBack() {
        WalkRunPlan after = plan.symptomsIn(5);
        assertEquals(plan.weeks().subList(0, 5), after.weeks().subList(0, 5));
        assertEquals(plan.weeks().get(3).asWeek(6, true), after.weeks().get(5));
        assertEquals(plan.weeks().get(4).asWeek(7, false), after.weeks().get(6));
        assertEquals(plan.weeks().size() + 2, after.weeks().size());
        assertEquals(List.of(), after.warnings());
    }

    @Test
    void aWeekAfterSymptomsNamesTheWeekItGoesBackTo() {
        List<WalkRunTable.Row> rows = plan.symptomsIn(1).table().rows();
        assertEquals(null, rows.get(0).backTo());
        assertEquals(1, rows.get(1).backTo());
        assertEquals(null, rows.get(2).backTo());
        assertEquals(4, plan.symptomsIn(5).table().rows().get(5).backTo());
    }

    @Test
    void weeksMustBeNumberedInOrder() {
        assertThrows(ValidationException.class, () -> new WalkRunPlan(20, List.of(WalkRunWeek.intervals(2, 60, 60, 8, 3))));
    }
}
