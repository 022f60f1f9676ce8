package org.restride.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void aRegionOverridesOnlyItsOwnKeys() {
        assertEquals("physical therapist", Words.of(Locale.US).get("common.clinician.physicalTherapist"));
        assertEquals("physiotherapist", Words.of(Locale.UK).get("common.clinician.physicalTherapist"));
        assertEquals("physiotherapist", Words.of(Locale.UK).get("common.clinician.physiotherapist"));
    }

    @Test
    void freeTextTakesTheClinicsTermAndItsRegionsWords() {
        String step = "Walk with the {common.word.stroller}; tell your {clinician} if it hurts. {0} stays.";
        assertEquals("Walk with the buggy; tell your physiotherapist if it hurts. {0} stays.",
                Words.of(Locale.UK).withTerm("clinician", "physiotherapist").fill(step));
        assertEquals("Walk with the stroller; tell your physical therapist if it hurts. {0} stays.",
                Words.of(Locale.US).withTerm("clinician", "physical therapist").fill(step));
    }

    @Test
    void aMissingKeyIsAnErrorNotABlank() {
        assertFalse(Words.english().has("common.no.such.key"));
        assertThrows(MissingResourceException.class, () -> Words.english().get("common.no.such.key"));
        assertThrows(MissingResourceException.class, () -> Words.english().get("nofile.key"));
    }

    @Test
    void aCountTakesTheSingularForOneAndThePluralOtherwise() {
        Words words = Words.of(Locale.US);
        assertEquals("1 word", words.count("cli.count.words", 1));
        assertEquals("0 words", words.count("cli.count.words", 0));
        assertEquals("21 words", words.count("cli.count.words", 21));
        assertEquals("1 character", words.count("cli.count.characters", 1));
    }

    @Test
    void aDurationReadsInSecondsMinutesOrBoth() {
        Words words = Words.english();
        assertEquals("45 s", words.duration(45));
        assertEquals("20 min", words.duration(1200));
        assertEquals("1 min 30 s", words.duration(90));
        assertEquals("0 s", words.duration(0));
    }

    @Test
    void weeksReadAsALabelAndInsideASentence() {
        Words words = Words.english();
        assertEquals("Weeks 6–12", words.weeks(6, 12));
        assertEquals("Week 12", words.weeks(12, 12));
        assertEquals("Week 12 onwards", words.weeks(12, null));
        assertEquals("weeks 6 to 12", words.weeksInSentence(6, 12));
    }
}
