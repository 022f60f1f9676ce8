package org.restride.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.domain.DeliveryType;
import org.restride.domain.Roadmap;

/**
 * CLINICAL.md, Timeline: "The same holds for high impact (jog on the spot, hops, bounds, jumps): before 12 weeks
 * only low-level impact (heel drops, stamping, marching)." Keyed on the exercises' impact level, in the current
 * phase or the next, so a clinic's own phase is caught; a Hold the PT may override with a reason.
 */
class HighImpactRuleTest {
    record Row(String name, int phase, boolean lowOnly, int week, String override, Status status, Set<Rule> rules) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("pogo hops in her current phase at week 11: hold", ProgressFixtures.IMPACT, false, 11, null,
                        Status.HOLD, Set.of(Rule.HIGH_IMPACT_BEFORE_12_WEEKS, Rule.RUNNING_BEFORE_12_WEEKS)),
                new Row("pogo hops in the next phase at week 10: hold before she moves on", ProgressFixtures.STRENGTH, false, 10,
                        null, Status.HOLD, Set.of(Rule.HIGH_IMPACT_BEFORE_12_WEEKS)),
                new Row("only marching (low impact) at week 10: no hold", ProgressFixtures.STRENGTH, true, 10, null,
                        Status.READY, Set.of()),
                new Row("pogo hops at week 12: no hold", ProgressFixtures.STRENGTH, false, 12, null, Status.READY, Set.of()),
                new Row("pogo hops at week 10 with the PT's reason: ready, the reason kept", ProgressFixtures.STRENGTH, false, 10,
                        "Hopping symptom-free before; assessed today", Status.READY, Set.of(Rule.HIGH_IMPACT_BEFORE_12_WEEKS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void highImpactWaitsForWeekTwelve(Row row) {
        Roadmap roadmap = ProgressFixtures.roadmapWithImpact(row.phase(), row.lowOnly());
        Visit visit = ProgressFixtures.passingVisit(roadmap, row.week());
        if (row.override() != null) {
            visit = visit.withOverrides(List.of(new RuleOverride(Rule.HIGH_IMPACT_BEFORE_12_WEEKS, row.override())));
        }
        Verdict verdict = ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(DeliveryType.VAGINAL), visit, visit.date());
        List<String> lines = verdict.reasons().stream().map(VerdictRulesTest.WORDS::line).toList();
        assertEquals(row.status(), verdict.status(), lines::toString);
        assertEquals(row.rules(), Set.copyOf(verdict.reasons().stream().map(Reason::rule).toList()), lines::toString);
        if (row.rules().contains(Rule.HIGH_IMPACT_BEFORE_12_WEEKS)) {
            assertTrue(lines.stream().anyMatch(l -> l.contains("(Pogo hops)") && l.contains("Week " + row.week())),
                    lines::toString);
        }
    }
}
