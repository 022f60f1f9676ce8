package org.restride.domain.progress;

import org.restride.domain.PhaseKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.progress.ProgressFixtures.BRISK_WALK;
import static org.restride.domain.progress.ProgressFixtures.CALF_RAISE;
import static org.restride.domain.progress.ProgressFixtures.FOUNDATION;
import static org.restride.domain.progress.ProgressFixtures.HOP;
import static org.restride.domain.progress.ProgressFixtures.IMPACT;
import static org.restride.domain.progress.ProgressFixtures.RUN;
import static org.restride.domain.progress.ProgressFixtures.STRENGTH;
import static org.restride.domain.progress.ProgressFixtures.WALKING;
import static org.restride.domain.Refused.said;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.app.Wording;
import org.restride.domain.DeliveryType;
import org.restride.text.Words;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;

/** One row per readiness rule and its edge cases. */
class VerdictRulesTest {
    static final Wording WORDS = new Wording(Words.english());
    private static final DeliveryType VAGINAL = DeliveryType.VAGINAL;
    private static final DeliveryType CAESAREAN = DeliveryType.CAESAREAN;
    // The CLINICAL.md lines the rows implement, quoted as written there.
    private static final String SCREEN = "Readiness screening before running (Goom et al. 2019, as widely reproduced)";
    private static final String EACH_TEST = "Each test passes only without pain, heaviness, dragging or leaking.";
    private static final String WEAKNESS = "Weakness on a strength test is not a barrier to running. It shows where strength work should go.";
    private static final String TEST_PAIN = "Readiness *tests* pass only pain-free: any pain during a test means it is not passed today (Goom 2019).";
    private static final String BLEEDING = "**Bleeding** (new, increasing, or continuing after 8 weeks and not a period) goes to her doctor or midwife, not to the exercise dose.";
    private static final String DURING = "A symptom *during an exercise that settles when she eases off* means \"lower the dose or change the strategy\"";
    private static final String PELVIC_PAIN = "Pelvic or low-back pain: 0–3 carry on and watch it; 4–5 ease the load, and contact the PT if it comes back or is worse the next morning; above 5 stop that activity.";
    private static final String BONE = "**Bone stress:** deep groin, pubic, buttock or sacral pain that is local and bony, comes with impact or weight-bearing, or wakes her at night, is never \"acceptable\": stop impact and refer for assessment";
    private static final String ASSESS = "pain with sex, or difficulty emptying the bladder or bowel";
    private static final String NEXT_MORNING = "or is worse the next morning* means \"contact the PT\"";
    private static final String SEEK_CARE = "**Seek medical care straight away**";
    private static final String HEAVY_BLEEDING = "very heavy bleeding (soaking a pad in an hour, or large clots)";
    private static final String READINESS = "poor sleep, low hydration, fatigue and hormonal changes lower the load that is tolerable that day";
    private static final String SLEEP = "Nearly every new mother sleeps under 7 h: compare with her own usual, not with a fixed line.";
    private static final String DOMING = "doming or coning of the midline with effort (diastasis)";
    private static final String RUN_12 = "Running is not advised before **12 weeks (3 months)** postnatal";
    private static final String OVERRIDE = "Every rule below can be overridden by the PT, and the tool records why.";
    private static final String CAES_3M = "High-effort exercise (running, jumping, heavy weights) at 3–4 months (HSE Ireland).";
    private static final String CAES_6W = "Caesarean birth: nothing heavier than the baby for about 6 weeks.";
    private static final String ASSISTED = "a 3rd or 4th degree tear or an assisted birth (bowel symptoms; confirm a pelvic-floor assessment before impact)";

    /**
     * A visit at {@code week} postpartum in {@code phase}, passing every test, then changed by {@code change};
     * the verdict must have {@code status}, reasons from exactly {@code rules}, and a reason containing {@code text}.
     */
    record Row(String clinical, String name, DeliveryType delivery, int week, int phase, UnaryOperator<Visit> change,
               Status status, List<Rule> rules, String text) {
        @Override
        public String toString() {
            return name + " [CLINICAL.md: " + clinical + "]";
        }
    }

    static Row row(String clinical, String name, int phase, UnaryOperator<Visit> change, Status status, List<Rule> rules,
                   String text) {
        return new Row(clinical, name, VAGINAL, 16, phase, change, status, rules, text);
    }

    static Stream<Row> rows() {
        return Stream.of(
                row(SCREEN, "all exit criteria met exactly at target, no symptoms: ready", IMPACT, v -> v, Status.READY, List.of(), null),
                row(SCREEN, "above target: ready", IMPACT, v -> v.withResult(CriterionResult.perSide(HOP, 14, 12).withSymptoms(Set.of(), 0)), Status.READY, List.of(), null),
                row(SCREEN, "one below target on an impact test: hold", IMPACT, v -> v.withResult(CriterionResult.perSide(HOP, 9, 10)),
                        Status.HOLD, List.of(Rule.CRITERION_SHORT), "Hop in place: 9/10 on the left. Target 10 each side."),
                row(SCREEN, "left and right different, both short: both named", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 8, 6)), Status.HOLD, List.of(Rule.CRITERION_SHORT),
                        "Hop in place: 8/10 on the left, 6/10 on the right. Target 10 each side."),
                row(SCREEN, "one value short of a minutes target", IMPACT, v -> v.withResult(CriterionResult.of(WALKING, 20)),
                        Status.HOLD, List.of(Rule.CRITERION_SHORT), "Walking: 20/30 min. Target 30 min."),
                row(SCREEN, "a missing value is not tested, never zero", IMPACT, v -> v.withResult(CriterionResult.of(WALKING, null)),
                        Status.HOLD, List.of(Rule.CRITERION_NOT_TESTED), "Walking: not tested. Target 30 min."),
                row(SCREEN, "one side not tested", IMPACT, v -> v.withResult(CriterionResult.perSide(HOP, 10, null)),
                        Status.HOLD, List.of(Rule.CRITERION_NOT_TESTED), "Hop in place: right side not tested. Target 10 each side."),
                row(SCREEN, "zero is a result, not a missing value", IMPACT, v -> v.withResult(CriterionResult.perSide(HOP, 0, 10)),
                        Status.HOLD, List.of(Rule.CRITERION_SHORT), "Hop in place: 0/10 on the left."),
                row(SCREEN, "a yes/no criterion not yet met", IMPACT, v -> v.withResult(CriterionResult.statement(BRISK_WALK, false)),
                        Status.HOLD, List.of(Rule.CRITERION_SHORT), "Not yet: No leaking on a brisk walk."),
                row(WEAKNESS, "strength shortfall alone does not block running: it names where strength work goes", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(CALF_RAISE, 14, 20)), Status.READY, List.of(Rule.STRENGTH_FOCUS),
                        "Single-leg calf raise: 14/20 on the left. Target 20 each side. Not a barrier to running: this is "
                                + "where strength work should go."),
                row(SCREEN, "strength shortfall before impact (not running) holds", STRENGTH,
                        v -> v.withResult(CriterionResult.perSide(CALF_RAISE, 20, 19)), Status.HOLD, List.of(Rule.CRITERION_SHORT),
                        "Single-leg calf raise: 19/20 on the right. Target 20 each side."),
                row(EACH_TEST, "leaking during a test with a full score: not ready for impact", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 10, 10).withSymptoms(Set.of(PelvicSymptom.LEAKING), 0)),
                        Status.HOLD, List.of(Rule.SYMPTOMS_IN_TEST),
                        "Leaking urine during Hop in place: the test is not passed today."),
                row(EACH_TEST, "heaviness during a strength test with a full score still holds before running", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(CALF_RAISE, 25, 25)
                                .withSymptoms(Set.of(PelvicSymptom.HEAVINESS, PelvicSymptom.DOMING), 0)),
                        Status.HOLD, List.of(Rule.SYMPTOMS_IN_TEST),
                        "Heaviness, pressure, bulging or dragging in the pelvis; and a ridge or bulge along the middle of the belly during Single-leg calf raise"),
                row(BLEEDING, "bleeding during a test goes to her doctor or midwife, never a capacity hold", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 10, 10).withSymptoms(Set.of(PelvicSymptom.BLEEDING), 0)),
                        Status.READY, List.of(Rule.BLEEDING), "ask her doctor or midwife to check it"),
                row(TEST_PAIN, "pain not recorded is not pain-free: the test is not passed", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 10, 10)), Status.HOLD, List.of(Rule.PAIN_IN_TEST),
                        "Pain not recorded for Hop in place"),
                row(TEST_PAIN, "pain 0/10 during a test: passed", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 10, 10).withSymptoms(Set.of(), 0)), Status.READY, List.of(), null),
                row(TEST_PAIN, "pain 1/10 during a test: tests pass only pain-free", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 10, 10).withSymptoms(Set.of(), 1)), Status.HOLD,
                        List.of(Rule.PAIN_IN_TEST), "Pain 1/10 during Hop in place: a readiness test passes only without pain."),
                row(TEST_PAIN, "pain 4/10 during a test: a readiness test passes at 0-3", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 10, 10).withSymptoms(Set.of(), 4)), Status.HOLD,
                        List.of(Rule.PAIN_IN_TEST), "Pain 4/10 during Hop in place: a readiness test passes only without pain."),
                row(TEST_PAIN, "pain 6/10 during a test: hold and assess, not step back", IMPACT,
                        v -> v.withResult(CriterionResult.perSide(HOP, 10, 10).withSymptoms(Set.of(), 6)), Status.HOLD,
                        List.of(Rule.PAIN_IN_TEST), "Pain 6/10 during Hop in place: above 5 in a test, hold and assess"),
                row(DURING, "pelvic symptoms with her current exercises: step back", IMPACT,
                        v -> v.withSymptoms(new SymptomCheck(Set.of(PelvicSymptom.LEAKING), 0, false)), Status.STEP_BACK,
                        List.of(Rule.SYMPTOMS_IN_PROGRAMME), "Leaking urine with her current exercises"),
                row(BLEEDING, "new or continuing bleeding: her doctor or midwife, not the dose", IMPACT,
                        v -> v.withSymptoms(new SymptomCheck(Set.of(PelvicSymptom.BLEEDING), 0, false)), Status.READY,
                        List.of(Rule.BLEEDING), "ask her doctor or midwife"),
                row(PELVIC_PAIN, "pelvic or low-back pain 3/10: carry on and watch it", IMPACT,
                        v -> v.withSymptoms(new SymptomCheck(Set.of(), 3, false)), Status.READY, List.of(), null),
                row(PELVIC_PAIN, "pelvic or low-back pain 5/10 that settles: lower the dose within the phase", IMPACT,
                        v -> v.withSymptoms(new SymptomCheck(Set.of(), 5, false)), Status.HOLD, List.of(Rule.PELVIC_PAIN_EASE),
                        "Pelvic or low-back pain 5/10 that settles: lower the dose"),
                row(PELVIC_PAIN, "pelvic or low-back pain 6/10: stop that activity", IMPACT, v -> v.withSymptoms(new SymptomCheck(Set.of(), 6, false)),
                        Status.STEP_BACK, List.of(Rule.PAIN_TOO_MUCH), "Pelvic or low-back pain 6/10: above 5, stop that activity"),
                row(BONE, "bone-stress pain is never acceptable: stop impact and refer", IMPACT,
                        v -> v.withSymptoms(new SymptomCheck(Set.of(PelvicSymptom.BONE_STRESS_PAIN), 0, false)),
                        Status.STOP_AND_REFER, List.of(Rule.BONE_STRESS), "stop impact and refer her"),
                row(ASSESS, "pain with sex or trouble emptying: assess before progressing", IMPACT,
                        v -> v.withSymptoms(new SymptomCheck(Set.of(PelvicSymptom.PAIN_WITH_SEX, PelvicSymptom.DIFFICULTY_EMPTYING), 0, false)),
                        Status.HOLD, List.of(Rule.SYMPTOMS_TO_ASSESS), "Pain with sex and trouble emptying the bladder or bowel: assess"),
                row(NEXT_MORNING, "symptoms worse the next day: step back", IMPACT, v -> v.withSymptoms(new SymptomCheck(Set.of(), 0, true)),
                        Status.STEP_BACK, List.of(Rule.WORSE_NEXT_DAY), "worse the morning after"),
                row(DURING, "step back outranks hold", IMPACT, v -> v.withSymptoms(new SymptomCheck(Set.of(PelvicSymptom.HEAVINESS), 0, false))
                        .withResult(CriterionResult.perSide(HOP, 5, 5)), Status.STEP_BACK,
                        List.of(Rule.SYMPTOMS_IN_PROGRAMME, Rule.CRITERION_SHORT), null),
                row(SEEK_CARE, "red flag with everything else perfect: stop and refer", IMPACT,
                        v -> v.withRedFlags(Set.of(RedFlag.CALF_PAIN_OR_SWELLING)), Status.STOP_AND_REFER, List.of(Rule.RED_FLAG),
                        "Calf pain or swelling: stop exercise and get her medical care now."),
                row(HEAVY_BLEEDING, "heavy bleeding is a red flag", IMPACT, v -> v.withRedFlags(Set.of(RedFlag.HEAVY_BLEEDING)),
                        Status.STOP_AND_REFER, List.of(Rule.RED_FLAG), "Very heavy bleeding"),
                row(SEEK_CARE, "a red flag is never averaged away by overrides of the rest", IMPACT,
                        v -> v.withRedFlags(Set.of(RedFlag.CHEST_PAIN)).withResult(CriterionResult.perSide(HOP, 1, 1))
                                .withOverrides(List.of(new RuleOverride(Rule.CRITERION_SHORT, "Tested on a bad day"))),
                        Status.STOP_AND_REFER, List.of(Rule.RED_FLAG, Rule.CRITERION_SHORT), "Chest pain"),
                row(READINESS, "daily readiness scales the day's load, never blocks", IMPACT,
                        v -> v.withReadiness(new DailyReadiness(5.5, 8, Hydration.LOW, "Baby up all night", 7.5)), Status.READY,
                        List.of(Rule.DAILY_READINESS, Rule.RISK_FACTORS), "5.5 h sleep against her usual 7.5 h, fatigue 8/10 and low hydration: "
                                + "her body tolerates less load today."),
                row(SLEEP, "sleep is compared with her own usual: 5.5 h against a usual 6 h is not short", IMPACT,
                        v -> v.withReadiness(new DailyReadiness(5.5, 3, Hydration.GOOD, null, 6.0)), Status.READY, List.of(), null),
                row(SLEEP, "sleep without her usual is recorded, not judged against a fixed 7 h", IMPACT,
                        v -> v.withReadiness(new DailyReadiness(5.0, 3, Hydration.GOOD, null)), Status.READY, List.of(), null),
                row(DOMING, "doming on a head lift before impact holds", STRENGTH,
                        v -> v.withDiastasis(List.of(new DiastasisMeasurement(DiastasisMeasurement.Level.ABOVE, 4.5,
                                DiastasisMeasurement.State.HEAD_LIFT, DiastasisMeasurement.Method.FINGER_WIDTHS, 2.5,
                                DiastasisMeasurement.Tension.SOME_GIVE, true))), Status.HOLD, List.of(Rule.DOMING_ON_HEAD_LIFT, Rule.DIASTASIS_CUT_OFF),
                        "Doming during a head lift (4.5 cm above the umbilicus, during a head lift: 2.5 finger-widths"),
                row(SCREEN, "the last phase met: ready, nowhere further to go", RUN, v -> v, Status.READY, List.of(), null),
                new Row(RUN_12, "running at week 11: flagged", VAGINAL, 11, IMPACT, v -> v, Status.HOLD,
                        List.of(Rule.RUNNING_BEFORE_12_WEEKS), "Running at week 11 after the birth: running is not advised before 12 weeks"),
                new Row(RUN_12, "running at week 12: not flagged", VAGINAL, 12, IMPACT, v -> v, Status.READY, List.of(), null),
                new Row(OVERRIDE, "running at week 11 with the PT's typed reason: ready, the override shown", VAGINAL, 11, IMPACT,
                        v -> v.withOverrides(List.of(new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "Ran through pregnancy, symptom-free"))),
                        Status.READY, List.of(Rule.RUNNING_BEFORE_12_WEEKS), "Overridden: Ran through pregnancy, symptom-free"),
                new Row(CAES_3M, "caesarean at 12 weeks: running waits for 3 months", CAESAREAN, 12, IMPACT, v -> v, Status.HOLD,
                        List.of(Rule.HIGH_EFFORT_BEFORE_3_MONTHS_AFTER_CAESAREAN), "usually starts at 3–4 months"),
                new Row(CAES_3M, "caesarean at 13 weeks: past 3 months, ready", CAESAREAN, 13, IMPACT, v -> v, Status.READY, List.of(), null),
                new Row(CAES_6W, "caesarean at 5 weeks: nothing heavier than the baby before strength work", CAESAREAN, 5, FOUNDATION,
                        v -> v, Status.HOLD, List.of(Rule.LOADING_SOON_AFTER_CAESAREAN), "nothing heavier than the baby for about 6 weeks"),
                new Row(CAES_6W, "caesarean at 6 weeks: strength work may start", CAESAREAN, 6, FOUNDATION, v -> v, Status.READY, List.of(), null),
                new Row(CAES_6W, "vaginal birth at 5 weeks: no caesarean flag", VAGINAL, 5, FOUNDATION, v -> v, Status.READY, List.of(), null),
                new Row(ASSISTED, "assisted birth about to start impact: advice, never a block (CLINICAL.md: Also ask about)",
                        DeliveryType.ASSISTED_VAGINAL, 16, STRENGTH, v -> v, Status.READY, List.of(Rule.TEAR_OR_ASSISTED_BIRTH),
                        "confirm a pelvic-floor assessment before impact"),
                new Row(ASSISTED, "assisted birth in foundation work: nothing to add yet", DeliveryType.ASSISTED_VAGINAL, 5, FOUNDATION,
                        v -> v, Status.READY, List.of(), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachRuleGivesItsVerdictAndNamesItsReason(Row row) {
        Roadmap roadmap = ProgressFixtures.roadmap(row.phase());
        Patient patient = ProgressFixtures.patient(row.delivery());
        Visit visit = row.change().apply(ProgressFixtures.passingVisit(roadmap, row.week()));
        Verdict verdict = ProgressFixtures.verdict(roadmap, patient, visit, visit.date());

        assertEquals(row.status(), verdict.status(), () -> String.join("\n", verdict.reasons().stream().map(WORDS::line).toList()));
        assertEquals(Set.copyOf(row.rules()), Set.copyOf(verdict.reasons().stream().map(Reason::rule).toList()),
                () -> String.join("\n", verdict.reasons().stream().map(WORDS::line).toList()));
        if (row.text() != null) {
            assertTrue(verdict.reasons().stream().anyMatch(r -> WORDS.line(r).contains(row.text())),
                    () -> "no reason says \"" + row.text() + "\":\n" + String.join("\n", verdict.reasons().stream().map(WORDS::line).toList()));
        }
    }

    @Test
    void breastfeedingAndATearBeforeRunningGiveAdviceFromWhatIsStored() {
        Patient patient = new Patient(7L, "Ana Souza", null, ProgressFixtures.BIRTH, VAGINAL, 3, 1, true, List.of(), null);
        List<Reason> advice = TimelineRules.beforeLoading(patient, PhaseKind.IMPACT,
                PhaseKind.RUN);
        assertEquals(List.of(Rule.BREASTFEEDING, Rule.TEAR_OR_ASSISTED_BIRTH), advice.stream().map(Reason::rule).toList());
        assertTrue(WORDS.line(advice.get(0)).contains("feed or express before running"));
        assertTrue(TimelineRules.beforeLoading(patient, PhaseKind.FOUNDATION,
                PhaseKind.STRENGTH).isEmpty());
    }

    @Test
    void breastfeedingAdviceInALiftingPlanSpeaksOfLiftingNotRunning() {
        Patient patient = new Patient(7L, "Ana Souza", null, ProgressFixtures.BIRTH, VAGINAL, null, 1, true, List.of(), null);
        String lifting = WORDS.line(TimelineRules.beforeLoading(patient, PhaseKind.STRENGTH,
                PhaseKind.LIFT).get(0));
        assertTrue(lifting.contains("feed or express before lifting"), lifting);
        assertFalse(lifting.contains("running"), lifting);
        String inLift = WORDS.line(TimelineRules.beforeLoading(patient, PhaseKind.LIFT, null).get(0));
        assertTrue(inLift.contains("before lifting"), inLift);
    }

    @Test
    void anOverrideWithoutAReasonIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, "  "));
        assertEquals("override reason must not be empty", said(e));
        assertThrows(ValidationException.class, () -> new RuleOverride(Rule.RUNNING_BEFORE_12_WEEKS, null));
    }

    @Test
    void aRedFlagCannotBeOverridden() {
        ValidationException e = assertThrows(ValidationException.class, () -> new RuleOverride(Rule.RED_FLAG, "She feels fine"));
        assertTrue(said(e).contains("cannot set aside a red flag"), said(e));
    }

    @Test
    void redFlagsComeFirstAndStandApart() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16).withResult(CriterionResult.perSide(HOP, 2, 2))
                .withReadiness(new DailyReadiness(4.0, null, null, null))
                .withRedFlags(Set.of(RedFlag.DIZZINESS_OR_FAINTING, RedFlag.UNUSUAL_BREATHLESSNESS));
        Verdict verdict = ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(VAGINAL), visit, visit.date());
        assertEquals(List.of(Rule.RED_FLAG, Rule.RED_FLAG), verdict.reasons().subList(0, 2).stream().map(Reason::rule).toList());
        assertEquals(2, verdict.redFlags().size());
        assertTrue(WORDS.headline(verdict).startsWith("Stop and refer"), WORDS.headline(verdict));
        assertFalse(verdict.canProgress());
    }

    @Test
    void theHeadlineNamesTheNextPhaseWhenReady() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16);
        Verdict verdict = ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(VAGINAL), visit, visit.date());
        assertEquals("Ready to progress to \"Back to running\".", WORDS.headline(verdict));
        assertTrue(verdict.canProgress());
        assertFalse(verdict.scaleTodaysLoad());
    }

    @Test
    void aVisitDatedBeforeTheBirthOrInTheFutureGetsNoVerdict() {
        Roadmap roadmap = ProgressFixtures.roadmap(IMPACT);
        Patient patient = ProgressFixtures.patient(VAGINAL);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16);
        ValidationException future = assertThrows(ValidationException.class,
                () -> ProgressFixtures.verdict(roadmap, patient, visit, visit.date().minusDays(1)));
        assertEquals("visitDate", future.field());
        assertTrue(said(future).contains("must not be in the future"), said(future));
        ValidationException before = assertThrows(ValidationException.class, () -> ProgressFixtures.verdict(roadmap, patient,
                visit.withDate(ProgressFixtures.BIRTH.minusDays(1)), visit.date()));
        assertTrue(said(before).contains("must not be before the delivery date (2026-01-05"), said(before));
    }
}
