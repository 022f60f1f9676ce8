package org.restride.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.restride.domain.Amount;
import org.restride.domain.DoseUnit;
import org.restride.domain.Dosage;
import org.restride.domain.Intensity;
import org.restride.text.Words;

/** A band's colour is read in the handout's language when it is one the text files know, else as typed. */
class BandColourTest {
    private static Dosage band(String colour) {
        return new Dosage(1, Amount.of(DoseUnit.REPS, 10), false, null, null, null, new Intensity.Band(colour), null, null);
    }

    private static String intensity(Locale locale, String colour) {
        return new DoseLine(Words.of(locale)).intensity(band(colour).intensity());
    }

    @Test
    void aBlueBandIsAzulInSpanish() {
        assertEquals("banda azul", intensity(Locale.forLanguageTag("es"), "blue"));
        assertEquals("banda roja", intensity(Locale.forLanguageTag("es"), "Red"));
    }

    @Test
    void englishKeepsTheColourAndAnUnknownColourIsPrintedAsTyped() {
        assertEquals("blue band", intensity(Locale.US, "blue"));
        assertEquals("banda teal", intensity(Locale.forLanguageTag("es"), "teal"));
    }
}
