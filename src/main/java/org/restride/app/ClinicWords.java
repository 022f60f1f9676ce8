package org.restride.app;

import java.util.Locale;
import java.util.Set;
import org.restride.domain.ClinicProfile;
import org.restride.text.Words;

/**
 * The clinic's own words in a language: its country decides the region's words ("pee" or "wee", "stroller" or
 * "pushchair"), and its clinician term fills {clinician}. The handout prints stored text with them, and the editor
 * shows the same text filled the same way.
 */
public final class ClinicWords {
    private static final Set<String> US_WORDS = Set.of("US", "CA");

    private ClinicWords() {
    }

    /** Words in {@code language} (a code of text/languages.properties) for the clinic, {clinician} filled. */
    public static Words of(ClinicProfile clinic, String language) {
        return Words.of(locale(language, clinic.country())).withTerm("clinician", clinician(clinic, language));
    }

    /** The clinic's own choice of term for its clinicians, in {@code language}, never the region's default. */
    public static String clinician(ClinicProfile clinic, String language) {
        String term = clinic.clinicianTerm().key().equals("physiotherapist") ? "common.clinician.physiotherapist"
                : "common.clinician.physicalTherapist";
        return Words.of(language.equals("en") ? Locale.US : Locale.forLanguageTag(language)).get(term);
    }

    /** English takes US words in the US and Canada (and when the country is not known), else UK words. */
    public static Locale locale(String language, String country) {
        if (language.equals("en")) {
            return country == null || US_WORDS.contains(country) ? Locale.US : Locale.UK;
        }
        return country == null ? Locale.forLanguageTag(language) : new Locale(language, country);
    }
}
