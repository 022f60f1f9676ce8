package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.restride.domain.ClinicProfile;
import org.restride.domain.PaperSize;
import org.restride.domain.ValidationException;
import org.restride.domain.WeightUnit;
import org.restride.text.Languages;
import org.restride.text.Words;

/** The handout's language: one the text package has, English unless the clinic or the PT chooses another. */
class HandoutLanguageOptionTest {
    private static ClinicProfile clinic(String language) {
        return new ClinicProfile("Clinic", null, null, null, null, null, null, null, PaperSize.LETTER, WeightUnit.LB,
                language, null);
    }

    @Test
    void theTextPackageOffersEnglishAndSpanishEnglishFirst() {
        assertEquals(List.of("en", "es"), Languages.codes());
        assertEquals("Español", Languages.nativeName("es"));
        assertEquals("es", Languages.supported("es-MX"));
        assertEquals("es", Languages.supported(" ES_us "));
        assertNull(Languages.supported("fr"));
        assertNull(Languages.supported(""));
        assertEquals("en", Languages.orDefault("pt-BR"));
    }

    @Test
    void optionsFollowTheClinicsLanguageAndDefaultToEnglish() {
        assertEquals("es", HandoutOptions.defaultsFor(clinic("es")).language());
        assertEquals("es", HandoutOptions.defaultsFor(clinic("es-US")).language());
        assertEquals("en", HandoutOptions.defaultsFor(clinic("en-GB")).language());
        assertEquals("en", HandoutOptions.defaultsFor(clinic("fr")).language(), "a language we cannot print is English");
        assertEquals("en", new HandoutOptions(PaperSize.A4, false, true, true).language());
        assertEquals("en", new HandoutOptions(PaperSize.A4, false, true, true, true).language());
    }

    @Test
    void withLanguageKeepsEveryOtherChoice() {
        HandoutOptions options = new HandoutOptions(PaperSize.A4, true, false, false, true).withLanguage("ES");
        assertEquals(new HandoutOptions(PaperSize.A4, true, false, false, true, "es"), options);
        assertEquals("es", options.withPaper(PaperSize.LETTER).withLargePrint(false).withPictures(true).withLog(true)
                .withAllPhases(false).language());
        assertEquals("en", options.withLanguage("en").language());
    }

    @Test
    void aLanguageWithoutTextIsRefusedNamingTheChoices() {
        HandoutOptions options = HandoutOptions.defaultsFor(clinic("en"));
        ValidationException refused = assertThrows(ValidationException.class, () -> options.withLanguage("klingon<>"));
        assertEquals("language", refused.field());
        String said = refused.explain(Words.english()::refusal);
        assertTrue(said.contains("en, es") && said.contains("klingon<>"), said);
        assertThrows(ValidationException.class, () -> options.withLanguage("a-very-long-language-tag-indeed"));
    }

    @Test
    void aSpanishHandoutIsKeptAndListedAsSpanish() {
        HandoutOptions spanish = HandoutOptions.defaultsFor(clinic("en")).withLanguage("es");
        String stored = IssuedHandouts.options(spanish);
        assertEquals("paper=letter;large=0;pictures=1;log=1;all=0;lang=es", stored);
        assertEquals("Letter, in Spanish", IssuedHandouts.describe(Words.of(Locale.US), stored));
        assertEquals("paper=letter;large=0;pictures=1;log=1;all=0",
                IssuedHandouts.options(spanish.withLanguage("en")), "English handouts are stored as before");
    }
}
