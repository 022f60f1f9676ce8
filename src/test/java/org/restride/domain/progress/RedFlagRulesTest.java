package org.restride.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.app.Wording;
import org.restride.domain.DeliveryType;
import org.restride.domain.Roadmap;
import org.restride.domain.ValidationException;
import org.restride.text.Words;

/**
 * The warning signs as the PT records them (CLINICAL.md, "Seek medical care straight away"), one row per case: the
 * reason is in the clinician's voice, self-harm asks for urgent mental-health help the same day, and the wound signs
 * belong to a caesarean birth only.
 */
class RedFlagRulesTest {
    private static final String SEEK_CARE = "Seek medical care straight away";
    private static final Wording US = new Wording(Words.of(Locale.US));
    private static final Wording UK = new Wording(Words.of(Locale.UK));

    record Row(String clinical, RedFlag flag, DeliveryType birth, String refusedWith, String text) {
        @Override
        public String toString() {
            return flag.key() + " after a " + birth.key() + " birth [CLINICAL.md: " + clinical + "]";
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(SEEK_CARE + ": thoughts of harming herself or her baby (urgent help the same day)",
                        RedFlag.SELF_HARM_THOUGHTS, DeliveryType.VAGINAL, null,
                        "Thoughts of harming herself or her baby: urgent mental-health help the same day."),
                new Row(SEEK_CARE + ": thoughts of harming herself or her baby (urgent help the same day)",
                        RedFlag.SELF_HARM_THOUGHTS, DeliveryType.CAESAREAN, null, "Do not wait for the next visit"),
                new Row(SEEK_CARE + ": a caesarean wound that is red, hot, weeping or opening", RedFlag.WOUND_SIGNS,
                        DeliveryType.CAESAREAN, null, "Wound signs after a cesarean: red, hot, weeping or opening: stop exercise"),
                new Row(SEEK_CARE + ": a caesarean wound ... (only a caesarean birth has one)", RedFlag.WOUND_SIGNS,
                        DeliveryType.VAGINAL, "red flag \"wound-signs\" is only for a caesarean birth (hers was vaginal)", null),
                new Row(SEEK_CARE + ": a caesarean wound ... (only a caesarean birth has one)", RedFlag.WOUND_SIGNS,
                        DeliveryType.ASSISTED_VAGINAL, "red flag \"wound-signs\" is only for a caesarean birth", null),
                new Row(SEEK_CARE + ": fever", RedFlag.FEVER, DeliveryType.VAGINAL, null,
                        "Fever: stop exercise and get her medical care now."));
    }

    private static Verdict verdictFor(RedFlag flag, DeliveryType birth) {
        Roadmap roadmap = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        Visit visit = ProgressFixtures.passingVisit(roadmap, 16).withRedFlags(Set.of(flag));
        return ProgressFixtures.verdict(roadmap, ProgressFixtures.patient(birth), visit, visit.date());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachWarningSignStopsAndRefersInTheClinicianVoice(Row row) {
        if (row.refusedWith() != null) {
            ValidationException refused = assertThrows(ValidationException.class, () -> verdictFor(row.flag(), row.birth()));
            assertTrue(said(refused).startsWith(row.refusedWith()), said(refused));
            return;
        }
        Verdict verdict = verdictFor(row.flag(), row.birth());
        assertEquals(Status.STOP_AND_REFER, verdict.status());
        List<String> lines = verdict.redFlags().stream().map(US::line).toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains(row.text())), lines::toString);
    }

    @Test
    void everyWarningSignReadsAsTheClinicianWritesItNotAsThePatientReadsIt() {
        for (RedFlag flag : RedFlag.values()) {
            Verdict verdict = verdictFor(flag, DeliveryType.CAESAREAN);
            String line = US.line(verdict.redFlags().get(0));
            assertFalse(line.matches("(?i).*\\b(you|your|yourself)\\b.*"), line);
            assertFalse(line.contains("{"), "every placeholder filled: " + line);
        }
        String selfHarm = US.line(verdictFor(RedFlag.SELF_HARM_THOUGHTS, DeliveryType.VAGINAL).redFlags().get(0));
        assertFalse(selfHarm.contains("This is not a dose to adjust"), "its own action, not the common one: " + selfHarm);
    }

    /** The regional word (common.word.caesarean): US "cesarean", UK "caesarean". */
    @Test
    void theWoundSignAndTheCaesareanTimelineUseTheRegionsWord() {
        Reason wound = verdictFor(RedFlag.WOUND_SIGNS, DeliveryType.CAESAREAN).redFlags().get(0);
        assertTrue(US.line(wound).contains("after a cesarean"), US.line(wound));
        assertTrue(UK.line(wound).contains("after a caesarean"), UK.line(wound));
        assertEquals("Loading in the first 6 weeks after a cesarean", US.say(Rule.LOADING_SOON_AFTER_CAESAREAN.phrase()));
        assertEquals("Loading in the first 6 weeks after a caesarean", UK.say(Rule.LOADING_SOON_AFTER_CAESAREAN.phrase()));
    }
}
