package org.restride.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.domain.DeliveryType;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;

/**
 * The mood and energy checks, the diastasis cut-off and her risk factors, one row per case, each naming the
 * CLINICAL.md line it implements. All are advice: a visit that passes everything stays Ready, except a self-harm
 * answer, which is the self-harm red flag.
 */
class WellbeingRulesTest {
    private static final String ASK = "Also ask about";

    record Row(String clinical, String name, int phase, UnaryOperator<Visit> change, Status status, Set<Rule> rules,
               String text) {
        @Override
        public String toString() {
            return name + " [CLINICAL.md: " + clinical + "]";
        }
    }

    private static UnaryOperator<Visit> mood(Integer score) {
        return v -> v.withWellbeing(new Wellbeing(score, Set.of(), Set.of()));
    }

    private static UnaryOperator<Visit> risks(RiskFactor... factors) {
        return v -> v.withWellbeing(new Wellbeing(null, Set.of(), Set.of(factors)));
    }

    private static UnaryOperator<Visit> fingerWidths(double gap) {
        return v -> v.withDiastasis(List.of(new DiastasisMeasurement(DiastasisMeasurement.Level.AT, 0,
                DiastasisMeasurement.State.AT_REST, DiastasisMeasurement.Method.FINGER_WIDTHS, gap, null, false)));
    }

    static Stream<Row> rows() {
        int impact = ProgressFixtures.IMPACT;
        int foundation = ProgressFixtures.FOUNDATION;
        return Stream.of(
                new Row(ASK + ": mood ... EPDS 0–30: 10 or more possible depression", "EPDS 9: nothing said", impact,
                        mood(9), Status.READY, Set.of(), null),
                new Row(ASK + ": mood ... EPDS 0–30: 10 or more possible depression", "EPDS 10: possible depression", impact,
                        mood(10), Status.READY, Set.of(Rule.MOOD), "Mood screen 10/30 (EPDS 10 or more): possible depression"),
                new Row(ASK + ": mood ... 13 or more, probable", "EPDS 12: still possible", impact, mood(12), Status.READY,
                        Set.of(Rule.MOOD), "possible depression"),
                new Row(ASK + ": mood ... 13 or more, probable", "EPDS 13: probable depression, advice at any phase",
                        foundation, mood(13), Status.READY, Set.of(Rule.MOOD), "13/30 (EPDS 13 or more): probable depression. Refer her"),
                new Row(ASK + ": mood ... any thought of self-harm is urgent", "a self-harm answer is the red flag", impact,
                        v -> mood(4).apply(v).withRedFlags(Set.of(RedFlag.SELF_HARM_THOUGHTS)), Status.STOP_AND_REFER,
                        Set.of(Rule.RED_FLAG), "urgent mental-health help the same day"),
                new Row(ASK + ": energy availability (missed meals, weight loss, no periods ..., a past stress fracture)",
                        "missed meals and no periods: bone-stress advice", impact,
                        v -> v.withWellbeing(new Wellbeing(null, Set.of(EnergySign.NO_PERIODS, EnergySign.MISSED_MEALS), Set.of())),
                        Status.READY, Set.of(Rule.ENERGY_AVAILABILITY),
                        "Signs of low energy availability (missed meals and no periods beyond what breastfeeding "
                                + "explains): they raise the risk of bone stress"),
                new Row(ASK + ": energy availability ... a past stress fracture", "a past stress fracture alone", impact,
                        v -> v.withWellbeing(new Wellbeing(null, Set.of(EnergySign.PAST_STRESS_FRACTURE), Set.of())),
                        Status.READY, Set.of(Rule.ENERGY_AVAILABILITY), "Signs of low energy availability (a past stress fracture)"),
                new Row("Diastasis recti: a gap of 2 or more finger-widths is the common palpation cut-off",
                        "1.5 finger-widths: below the cut-off", impact, fingerWidths(1.5), Status.READY, Set.of(), null),
                new Row("Diastasis recti: a gap of 2 or more finger-widths is the common palpation cut-off",
                        "2 finger-widths: at the cut-off, advice", impact, fingerWidths(2), Status.READY,
                        Set.of(Rule.DIASTASIS_CUT_OFF), "A gap of 2 finger-widths: at or above the common palpation cut-off of 2."),
                new Row("Risk factors: leaking before or during pregnancy, ..., being new to running, ..., previous injury",
                        "entering running with three risk factors", impact,
                        risks(RiskFactor.NEW_TO_RUNNING, RiskFactor.PREVIOUS_INJURY, RiskFactor.LEAKING_BEFORE_OR_IN_PREGNANCY),
                        Status.READY, Set.of(Rule.RISK_FACTORS), "Risk factors for running-related pain or leaking: leaking "
                                + "before or during pregnancy, new to running and a previous injury."),
                new Row("Risk factors: ... high fatigue", "high fatigue is a risk factor entering impact", impact,
                        v -> v.withReadiness(new DailyReadiness(null, 8, null, null)), Status.READY,
                        Set.of(Rule.RISK_FACTORS, Rule.DAILY_READINESS),
                                "Risk factors for running-related pain or leaking: high fatigue today."),
                new Row("Risk factors ... (when she is in or entering impact, running or lifting)",
                        "foundation into strength: risk factors not listed yet", foundation,
                        risks(RiskFactor.NEW_TO_RUNNING), Status.READY, Set.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachCheckGivesItsAdvice(Row row) {
        Roadmap roadmap = ProgressFixtures.roadmap(row.phase());
        Visit visit = row.change().apply(ProgressFixtures.passingVisit(roadmap, 16));
        Verdict verdict = ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(DeliveryType.CAESAREAN), visit, visit.date());
        List<String> lines = verdict.reasons().stream().map(VerdictRulesTest.WORDS::line).toList();
        assertEquals(row.status(), verdict.status(), lines::toString);
        Set<Rule> rules = Set.copyOf(verdict.reasons().stream().map(Reason::rule)
                .filter(r -> r != Rule.BREASTFEEDING && r != Rule.TEAR_OR_ASSISTED_BIRTH).toList());
        assertEquals(row.rules(), rules, lines::toString);
        if (row.text() != null) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(row.text())), lines::toString);
        }
    }

    @Test
    void aMoodScoreOutsideTheScreensRangeIsRefused() {
        assertEquals("mood screen score must be between 0 and 30 (was 31)",
                said(assertThrows(ValidationException.class, () -> new Wellbeing(31, Set.of(), Set.of()))));
        assertThrows(ValidationException.class, () -> new Wellbeing(-1, Set.of(), Set.of()));
    }
}
