package org.restride.domain.progress;

import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.domain.DeliveryType;
import org.restride.domain.Roadmap;

/** The symptom check of her programme, one row per rule, each naming the CLINICAL.md line it implements. */
class SymptomCheckRulesTest {
    record Row(String clinical, String name, SymptomCheck check, Status status, Set<Rule> rules, String text) {
        @Override
        public String toString() {
            return name + " [CLINICAL.md: " + clinical + "]";
        }
    }

    private static SymptomCheck with(PelvicSymptom symptom, SymptomContext context) {
        return new SymptomCheck(true, Map.of(symptom, context), 0, false);
    }

    static Stream<Row> rows() {
        String when = "When a symptom happens decides what it means";
        return Stream.of(
                new Row("A symptom check that was not done is not \"no symptoms\"", "check not done: hold",
                        SymptomCheck.NOT_ASKED, Status.HOLD, Set.of(Rule.SYMPTOM_CHECK_NOT_DONE), "was not done"),
                new Row("A symptom check that was not done is not \"no symptoms\"", "\"No symptoms\" ticked: ready",
                        SymptomCheck.NONE, Status.READY, Set.of(), null),
                new Row(when + ": during an exercise that settles -> lower the dose or change the strategy",
                        "leaking with exercise: step back", with(PelvicSymptom.LEAKING, SymptomContext.WITH_EXERCISE),
                        Status.STEP_BACK, Set.of(Rule.SYMPTOMS_IN_PROGRAMME), "lower the dose or change the strategy"),
                new Row(when + ": new or worse -> contact the PT", "heaviness new or worse: step back",
                        with(PelvicSymptom.HEAVINESS, SymptomContext.NEW_OR_WORSE), Status.STEP_BACK,
                        Set.of(Rule.SYMPTOMS_IN_PROGRAMME), "new or worse: assess it"),
                new Row("A known, unchanged baseline symptom ... is tracked with the outcome measures, not a reason to "
                        + "step back at every visit", "a known baseline leak: advice only, she may progress",
                        with(PelvicSymptom.LEAKING, SymptomContext.BASELINE), Status.READY, Set.of(Rule.BASELINE_SYMPTOM),
                        "Leaking urine: a known daily-life symptom, unchanged"),
                new Row("leaking ... poor bowel control (stool or wind), or urgency that is hard to defer",
                        "bowel leak with exercise: step back", with(PelvicSymptom.BOWEL_LEAK, SymptomContext.WITH_EXERCISE),
                        Status.STEP_BACK, Set.of(Rule.SYMPTOMS_IN_PROGRAMME), "Leaking stool or wind with her current"),
                new Row("urgency that is hard to defer", "urgency with exercise: step back",
                        with(PelvicSymptom.URGENCY, SymptomContext.WITH_EXERCISE), Status.STEP_BACK,
                        Set.of(Rule.SYMPTOMS_IN_PROGRAMME), "An urge to go that is hard to hold"),
                new Row("Signals that change the plan: doming or coning ... or a hanging abdomen", "a hanging abdomen "
                        + "with a known doming baseline: assess, the doming only tracked",
                        new SymptomCheck(true, Map.of(PelvicSymptom.HANGING_ABDOMEN, SymptomContext.BASELINE,
                                PelvicSymptom.DOMING, SymptomContext.BASELINE), 0, false), Status.HOLD,
                        Set.of(Rule.SYMPTOMS_TO_ASSESS, Rule.BASELINE_SYMPTOM), "assess before she progresses"),
                new Row("Bleeding ... goes to her doctor or midwife, not to the exercise dose",
                        "bleeding even as a baseline: doctor or midwife", with(PelvicSymptom.BLEEDING, SymptomContext.BASELINE),
                        Status.READY, Set.of(Rule.BLEEDING), "doctor or midwife"),
                new Row("Bone stress ... is never \"acceptable\": stop impact and refer", "bone-stress pain as a baseline still refers",
                        with(PelvicSymptom.BONE_STRESS_PAIN, SymptomContext.BASELINE), Status.STOP_AND_REFER,
                        Set.of(Rule.BONE_STRESS), "stop impact and refer"),
                new Row("Pain model: pelvic or low-back pain 4–5 ease the load", "pain alone makes the check done",
                        new SymptomCheck(false, Map.of(), 4, false), Status.HOLD, Set.of(Rule.PELVIC_PAIN_EASE), "lower the dose"),
                new Row("Pain model: pelvic or low-back pain 4–5 ... contact the PT if it comes back or is worse the next morning",
                        "pain 4/10 worse the next morning: assess and step back", new SymptomCheck(false, Map.of(), 4, true),
                        Status.STEP_BACK, Set.of(Rule.PELVIC_PAIN_WORSE_NEXT_MORNING, Rule.WORSE_NEXT_DAY),
                        "worse the next morning: assess"));
    }

    /**
     * CLINICAL.md, Signals that change the plan: "pain with sex, or difficulty emptying the bladder or bowel" and "a
     * hanging abdomen" are not a matter of dose: in every context a Hold to assess before progressing (README rules
     * table), never a Step back to ease the load, nor Ready as a tracked baseline.
     */
    static Stream<Row> assessInEveryContext() {
        return PelvicSymptom.ASSESS.stream().flatMap(symptom -> Stream.of(SymptomContext.values())
                .map(context -> new Row("Signals that change the plan: pain with sex, or difficulty emptying; a hanging abdomen",
                        symptom.key() + " " + context.key() + ": hold and assess", with(symptom, context), Status.HOLD,
                        Set.of(Rule.SYMPTOMS_TO_ASSESS), "assess before she progresses")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assessInEveryContext")
    void assessSymptomsHoldWhateverTheirContext(Row row) {
        eachSymptomMeansWhatItsContextSays(row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachSymptomMeansWhatItsContextSays(Row row) {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16).withSymptoms(row.check());
        Verdict verdict = ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(DeliveryType.VAGINAL), visit, visit.date());
        List<String> lines = verdict.reasons().stream().map(VerdictRulesTest.WORDS::line).toList();
        assertEquals(row.status(), verdict.status(), lines::toString);
        assertEquals(row.rules(), Set.copyOf(verdict.reasons().stream().map(Reason::rule).toList()), lines::toString);
        if (row.text() != null) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(row.text())), lines::toString);
        }
    }

    /** CLINICAL.md pain model, "contact the PT if it comes back or is worse the next morning": when it already is, say so. */
    @Test
    void painAlreadyWorseTheNextMorningIsNotToldAsIfItMightBe() {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16).withSymptoms(new SymptomCheck(false, Map.of(), 5, true));
        Verdict verdict = ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(DeliveryType.VAGINAL), visit, visit.date());
        List<String> lines = verdict.reasons().stream().map(VerdictRulesTest.WORDS::line).toList();
        assertTrue(lines.stream().noneMatch(l -> l.contains("if it comes back or is worse the next morning")
                || l.contains("If it comes back or is worse the next morning")), lines::toString);
    }
}
