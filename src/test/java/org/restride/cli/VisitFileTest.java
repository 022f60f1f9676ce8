package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
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

    /**
     * CLINICAL.md, "When a symptom happens decides what it means": a symptom without its `when` is refused by its
     * path, never read as "with exercise" (a known baseline leak would step her back at every visit).
     */
    @Test
    void aSymptomWithoutItsWhenIsRefusedNamingTheField() throws Exception {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        String[][] rows = {
                {"{\"date\": \"2026-04-20\", \"symptomCheck\": {\"symptoms\": [{\"symptom\": \"leaking\"}]}}",
                        "symptomCheck.symptoms[1].when is missing"},
                {"{\"date\": \"2026-04-20\", \"symptomCheck\": {\"symptoms\": [{\"symptom\": \"urgency\", \"when\": \"baseline\"}, "
                        + "{\"symptom\": \"leaking\", \"when\": null}]}}", "symptomCheck.symptoms[2].when is missing"},
                {"{\"date\": \"2026-04-20\", \"symptomCheck\": {\"symptoms\": [{\"symptom\": \"leaking\", \"when\": \"daily\"}]}}",
                        "symptomCheck.symptoms[1].when"},
        };
        for (String[] row : rows) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> VisitFile.parse(new ObjectMapper().readTree(row[0]), roadmap), row[0]);
            assertTrue(refused.getMessage().startsWith(row[1]), refused.getMessage());
        }
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
        String[][] rows = {
                {"{\"date\": \"2026-04-20\", \"mood\": {\"score\": 31}}", "mood.score must be between 0 and 30 (was 31)"},
                {"{\"date\": \"2026-04-20\", \"mood\": {\"item10\": 2}}", "mood.item10 is not a field"},
                {"{\"date\": \"2026-04-20\", \"energy\": [\"tired\"]}", "energy[1]"},
        };
        for (String[] row : rows) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> VisitFile.parse(new ObjectMapper().readTree(row[0]), roadmap), row[0]);
            assertTrue(refused.getMessage().startsWith(row[1]), refused.getMessage());
        }
    }

    /** A refused override names the field the PT wrote, {@code rule}, not an internal name. */
    @Test
    void aRefusedOverrideNamesItsRuleField() throws Exception {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        String[][] rows = {
                {"{\"date\": \"2026-04-20\", \"overrides\": [{\"rule\": \"red-flag\", \"reason\": \"cleared by GP\"}]}",
                        "overrides[1].rule cannot set aside a red flag"},
                {"{\"date\": \"2026-04-20\", \"overrides\": [{\"rule\": \"breastfeeding\", \"reason\": \"fine\"}]}",
                        "overrides[1].rule is not needed"},
                {"{\"date\": \"2026-04-20\", \"overrides\": [{\"reason\": \"fine\"}]}", "overrides[1].rule"},
        };
        for (String[] row : rows) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> VisitFile.parse(new ObjectMapper().readTree(row[0]), roadmap), row[0]);
            assertTrue(refused.getMessage().startsWith(row[1]), refused.getMessage());
        }
    }
}
