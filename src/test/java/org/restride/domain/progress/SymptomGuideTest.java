package org.restride.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restride.app.Wording;
import org.restride.text.Words;

/** The one symptom catalogue (CLINICAL.md "Signals that change the plan", "Pain model"), as the handout reads it. */
class SymptomGuideTest {
    private static final Wording WORDS = new Wording(Words.english().withTerm("clinician", "your physical therapist"));

    private static List<String> keys(SymptomGuide.Band band) {
        return band.entries().stream().map(Phrase::key).toList();
    }

    @Test
    void theBandsComeCalmestFirstAndEveryLineHasWords() {
        for (boolean running : new boolean[] {false, true}) {
            for (boolean caesarean : new boolean[] {false, true}) {
                List<SymptomGuide.Band> bands = SymptomGuide.forPlan(running, true, running, caesarean);
                assertEquals(List.of(SymptomGuide.Level.FINE, SymptomGuide.Level.EASE_OFF, SymptomGuide.Level.CONTACT_US,
                        SymptomGuide.Level.MEDICAL_NOW), bands.stream().map(SymptomGuide.Band::level).toList());
                for (SymptomGuide.Band band : bands) {
                    List<Phrase> all = new ArrayList<>(band.entries());
                    all.add(band.title());
                    for (Phrase phrase : all) {
                        String text = WORDS.say(phrase);
                        assertFalse(text.contains("{"), text);
                        assertFalse(text.contains("RPE"), text);
                    }
                }
            }
        }
    }

    @Test
    void runningLinesOnlyForAPlanThatRuns() {
        assertFalse(keys(SymptomGuide.forPlan(false, true, false, false).get(1)).contains("symptoms.easeOff.running"));
        assertTrue(keys(SymptomGuide.forPlan(true, false, true, false).get(1)).contains("symptoms.easeOff.running"));
        assertFalse(keys(SymptomGuide.forPlan(true, false, true, false).get(1)).contains("symptoms.easeOff.lifting"));
    }

    @Test
    void woundSignsOnlyAfterACaesarean() {
        String wound = RedFlag.WOUND_SIGNS.phrase().key();
        assertFalse(keys(SymptomGuide.forPlan(true, true, true, false).get(3)).contains(wound));
        assertTrue(keys(SymptomGuide.forPlan(true, true, true, true).get(3)).contains(wound));
    }

    @Test
    void bleedingGoesToHerDoctorOrMidwifeAndHeavyBleedingIsAWarningSign() {
        List<SymptomGuide.Band> bands = SymptomGuide.forPlan(true, true, true, false);
        assertTrue(WORDS.say(Phrase.of("symptoms.contactUs.bleeding")).contains("doctor or midwife"));
        assertTrue(keys(bands.get(2)).contains("symptoms.contactUs.bleeding"));
        assertTrue(keys(bands.get(3)).contains(RedFlag.HEAVY_BLEEDING.phrase().key()));
    }

    @Test
    void everySymptomTheFormRecordsIsOnTheHandoutUnderTheSameKey() {
        List<String> handout = SymptomGuide.forPlan(true, true, true, true).stream().flatMap(b -> keys(b).stream()).toList();
        for (RedFlag flag : RedFlag.values()) {
            boolean sameDayLine = flag == RedFlag.SELF_HARM_THOUGHTS && handout.contains("symptoms.medicalNow.sameDay");
            assertTrue(handout.contains(flag.phrase().key()) || sameDayLine, flag.key());
        }
        for (PelvicSymptom symptom : PelvicSymptom.values()) {
            boolean named = handout.contains(symptom.phrase().key());
            boolean routed = symptom == PelvicSymptom.BLEEDING || symptom == PelvicSymptom.BONE_STRESS_PAIN;
            assertTrue(named || routed, symptom.key());
        }
    }

    /** One place for thoughts of self-harm, with one urgency (help today), and very low mood named beside them. */
    @Test
    void selfHarmThoughtsAreNamedOnceInEachLanguageWithVeryLowMood() {
        SymptomGuide.Band medicalNow = SymptomGuide.forPlan(true, true, true, true).get(3);
        Map<Locale, List<String>> expected = Map.of(Locale.ENGLISH, List.of("harming yourself", "mood is very low", "enjoy nothing"),
                Locale.forLanguageTag("es"), List.of("hacerse daño", "ánimo muy bajo", "no disfruta nada"));
        expected.forEach((locale, words) -> {
            Wording wording = new Wording(Words.of(locale).withTerm("clinician", "x"));
            String band = String.join(" | ", band(wording, medicalNow));
            assertEquals(1, band.split(words.get(0), -1).length - 1, band);
            assertTrue(band.contains(words.get(1)) && band.contains(words.get(2)), band);
        });
    }

    private static List<String> band(Wording wording, SymptomGuide.Band band) {
        return band.entries().stream().map(wording::say).toList();
    }

    @Test
    void theVerdictNamesASymptomWithTheFormsWords() {
        Reason reason = SymptomRules.signals(Set.of(PelvicSymptom.BOWEL_LEAK), null).get(0);
        String formLabel = WORDS.say(PelvicSymptom.BOWEL_LEAK.phrase());
        assertTrue(WORDS.line(reason).startsWith(formLabel), WORDS.line(reason));
    }

    @Test
    void everyRuleSymptomAndWarningSignHasWords() {
        Stream.of(Rule.values()).map(Rule::phrase).forEach(p -> assertFalse(WORDS.say(p).isBlank()));
        Stream.of(PelvicSymptom.values()).map(PelvicSymptom::phrase).forEach(p -> assertFalse(WORDS.say(p).isBlank()));
        Stream.of(RedFlag.values()).map(RedFlag::phrase).forEach(p -> assertFalse(WORDS.say(p).isBlank()));
    }
}
