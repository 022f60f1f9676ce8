package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.restride.domain.Refused.said;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.domain.DeliveryType;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.domain.progress.CriterionResult;
import org.restride.domain.progress.EnergySign;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.ProgressFixtures;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.Rule;
import org.restride.domain.progress.Status;
import org.restride.domain.progress.SymptomContext;
import org.restride.domain.progress.Verdict;
import org.restride.domain.progress.Visit;
import org.restride.io.InputRefusedException;

/** The README's example visit file reads as it says, and gives the verdict the rules give. */
class VisitFileTest {
    @Test
    void theReadmeExampleReadsAsDocumented() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```json\n") + "```json\n".length();
        String json = readme.substring(start, readme.indexOf("```", start));
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        Visit visit = VisitFile.parse(new ObjectMapper().readTree(json), roadmap);

        CriterionResult hop = visit.resultFor(ProgressFixtures.HOP).orElseThrow();
        assertEquals(8, hop.right());
        assertEquals(Set.of(PelvicSymptom.LEAKING), hop.symptoms());
        assertEquals(CriterionResult.Outcome.NOT_TESTED, visit.resultFor(ProgressFixtures.CALF_RAISE).orElseThrow().outcome(),
                "a criterion left out is not tested");
        assertEquals(SymptomContext.BASELINE, visit.symptoms().contextOf(PelvicSymptom.LEAKING));
        assertEquals(5.5, visit.readiness().sleepHours());

        Verdict verdict = ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(DeliveryType.VAGINAL), visit, visit.date());
        assertEquals(Status.HOLD, verdict.status());
        Set<Rule> rules = Set.copyOf(verdict.reasons().stream().map(r -> r.rule()).toList());
        assertTrue(rules.containsAll(Set.of(Rule.SYMPTOMS_IN_TEST, Rule.CRITERION_SHORT, Rule.BASELINE_SYMPTOM,
                Rule.DAILY_READINESS)), rules.toString());
    }

    /** CLINICAL.md, Also ask about: "record the score, never the items"; "any thought of self-harm is urgent". */
    @Test
    void theMoodScoreIsKeptAndASelfHarmAnswerIsTheRedFlag() throws Exception {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        Visit visit = VisitFile.parse(new ObjectMapper().readTree("{\"date\": \"2026-04-20\", \"mood\": {\"score\": 14, "
                + "\"selfHarmAnswer\": true}, \"energy\": [\"weight-loss\"], \"riskFactors\": [\"previous-injury\"]}"), roadmap);
        assertEquals(14, visit.wellbeing().moodScore());
        assertEquals(Set.of(RedFlag.SELF_HARM_THOUGHTS), visit.redFlags());
        assertEquals(Set.of(EnergySign.WEIGHT_LOSS), visit.wellbeing().energy());
    }

    /**
     * A refused value is told as the file held it: every number with its range from the record's own bounds,
     * compared as written at any size (never 9223372036854775807 for 1e308, never "far too large" without the
     * range); a wrong kind of value told apart from a too long one.
     */
    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedValues")
    void aRefusedValueIsToldAsTheFileHeldIt(String json, String said) throws Exception {
        assertEquals(said, refusal(ProgressFixtures.roadmap(ProgressFixtures.IMPACT), json));
    }

    static Stream<Arguments> refusedValues() {
        return Stream.of(
                arguments(dated("\"readiness\": {\"sleepHours\": 1e308}"), "readiness.sleepHours must be between 0 and 24 (was 1E+308)"),
                arguments(dated("\"readiness\": {\"sleepHours\": -1e400}"),
                        "readiness.sleepHours must be between 0 and 24 (was -1E+400)"),
                arguments(dated("\"readiness\": {\"usualSleepHours\": 24.000000000000000001}"),
                        "readiness.usualSleepHours must be between 0 and 24 (was 24.000000000000000001)"),
                arguments(dated("\"readiness\": {\"fatigue\": 11}"), "readiness.fatigue must be between 0 and 10 (was 11)"),
                arguments(dated("\"readiness\": {\"fatigue\": 1e30}"), "readiness.fatigue must be between 0 and 10 (was 1E+30)"),
                arguments(dated("\"readiness\": {\"fatigue\": 2.5}"), "readiness.fatigue must be a whole number (was 2.5)"),
                arguments(dated("\"symptomCheck\": {\"pain\": 100000000000000000000}"),
                        "symptomCheck.pain must be between 0 and 10 (was 100000000000000000000)"),
                arguments(dated("\"mood\": {\"score\": -1e400}"), "mood.score must be between 0 and 30 (was -1E+400)"),
                arguments(dated("\"tests\": [{\"criterion\": \"walking-30-min\", \"value\": 1e12}]"),
                        "tests[1].value must be between 0 and 240 (was 1E+12)"),
                arguments(dated("\"tests\": [{\"criterion\": \"hop-in-place\", \"left\": 10, \"right\": 201}]"),
                        "tests[1].right must be between 0 and 200 (was 201)"),
                arguments(dated("\"tests\": [{\"criterion\": \"hop-in-place\", \"pain\": -1}]"),
                        "tests[1].pain must be between 0 and 10 (was -1)"),
                // A wrong kind of value and a too long one, each quoting what the file held.
                arguments("{\"date\": 20261120}", "date must be a date such as 2026-04-20 (was 20261120)"),
                arguments("{\"date\": \"20 Nov\"}", "date must be a date such as 2026-04-20 (was \"20 Nov\")"),
                arguments(dated("\"readiness\": {\"fatigue\": \"0\"}"),
                        "readiness.fatigue must be a whole number, not text (was \"0\")"),
                arguments(dated("\"redFlags\": [7]"), "redFlags[1] must be text (was 7)"),
                arguments(dated("\"redFlags\": [\"" + "x".repeat(30_000) + "\"]"),
                        "redFlags[1] must be at most 2000 characters (was 30000)"));
    }

    /** A visit file of 20 April 2026 holding {@code entries}. */
    private static String dated(String entries) {
        return "{\"date\": \"2026-04-20\", " + entries + "}";
    }

    /** A number too large to read at all is refused as such; decimals within range stay exact. */
    @Test
    void aNumberTooLargeToReadIsRefusedAndDecimalsStayExact() throws Exception {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        Path beyond = Files.writeString(Files.createTempFile("visit", ".json"), "{\"date\": \"2026-04-20\", "
                + "\"readiness\": {\"fatigue\": 1e999999999999}}");
        InputRefusedException unreadable = assertThrows(InputRefusedException.class, () -> VisitFile.read(beyond, roadmap));
        assertTrue(unreadable.getMessage().contains("holds a number too large to read at all"), unreadable.getMessage());
        Files.delete(beyond);
        Path good = Files.writeString(Files.createTempFile("visit", ".json"), "{\"date\": \"2026-04-20\", "
                + "\"readiness\": {\"sleepHours\": 5.5, \"usualSleepHours\": 24, \"fatigue\": 10}, \"mood\": {\"score\": 0}}");
        Visit visit = VisitFile.read(good, roadmap);
        Files.delete(good);
        assertEquals(5.5, visit.readiness().sleepHours());
        assertEquals(24.0, visit.readiness().usualSleepHours());
        assertEquals(10, visit.readiness().fatigue());
    }

    /** What a visit file holding {@code json} is refused with, in words. */
    private static String refusal(Roadmap roadmap, String json) throws Exception {
        Path file = Files.writeString(Files.createTempFile("visit", ".json"), json);
        try {
            return said(assertThrows(ValidationException.class, () -> VisitFile.read(file, roadmap), json));
        } finally {
            Files.delete(file);
        }
    }

    /** A refused entry is named by its path in the file, so the PT can find it; nothing is read as something else. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("refusedEntries")
    void aRefusedEntryIsNamedByItsPath(String json, String said) throws Exception {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        ValidationException refused = assertThrows(ValidationException.class,
                () -> VisitFile.parse(new ObjectMapper().readTree(json), roadmap), json);
        assertTrue(said(refused).startsWith(said), said(refused));
    }

    static Stream<Arguments> refusedEntries() {
        return Stream.of(
                // CLINICAL.md, "When a symptom happens decides what it means": a symptom without its `when` is refused
                // by its path, never read as "with exercise" (a known baseline leak would step her back at every visit).
                arguments("{\"date\": \"2026-04-20\", \"symptomCheck\": {\"symptoms\": [{\"symptom\": \"leaking\"}]}}",
                        "symptomCheck.symptoms[1].when is missing"),
                arguments("{\"date\": \"2026-04-20\", \"symptomCheck\": {\"symptoms\": [{\"symptom\": \"urgency\", "
                        + "\"when\": \"baseline\"}, {\"symptom\": \"leaking\", \"when\": null}]}}",
                        "symptomCheck.symptoms[2].when is missing"),
                arguments("{\"date\": \"2026-04-20\", \"symptomCheck\": {\"symptoms\": [{\"symptom\": \"leaking\", "
                        + "\"when\": \"daily\"}]}}", "symptomCheck.symptoms[1].when"),
                // CLINICAL.md, Also ask about: "record the score, never the items".
                arguments("{\"date\": \"2026-04-20\", \"mood\": {\"score\": 31}}", "mood.score must be between 0 and 30 (was 31)"),
                arguments("{\"date\": \"2026-04-20\", \"mood\": {\"item10\": 2}}", "mood.item10 is not a field"),
                arguments("{\"date\": \"2026-04-20\", \"energy\": [\"tired\"]}", "energy[1]"),
                // An override names the field the PT wrote, `rule`, not an internal name.
                arguments("{\"date\": \"2026-04-20\", \"overrides\": [{\"rule\": \"red-flag\", \"reason\": \"cleared by GP\"}]}",
                        "overrides[1].rule cannot set aside a red flag"),
                arguments("{\"date\": \"2026-04-20\", \"overrides\": [{\"rule\": \"breastfeeding\", \"reason\": \"fine\"}]}",
                        "overrides[1].rule is not needed"),
                arguments("{\"date\": \"2026-04-20\", \"overrides\": [{\"reason\": \"fine\"}]}", "overrides[1].rule"));
    }
}
