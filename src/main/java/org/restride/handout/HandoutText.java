package org.restride.handout;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.restride.app.ClinicWords;
import org.restride.app.DoseGrammar;
import org.restride.app.Wording;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Criterion;
import org.restride.domain.WeekRange;
import org.restride.text.Languages;
import org.restride.text.Words;

/**
 * The handout's words in the patient's language for one clinic: its country decides US or UK words and the
 * emergency number; the date's pattern is a key of the language's text; its clinician term, in her language, fills
 * {clinician}. Every sentence comes from text/<language>/handout.properties.
 */
final class HandoutText {
    private static final Set<String> EU_112 = Set.of("IE", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "IS",
            "CH");
    private static final Map<String, String> EMERGENCY = Map.of("US", "911", "CA", "911", "GB", "999", "AU", "000",
            "NZ", "111");

    private final Words words;
    private final Words catalogue;
    private final String country;
    private final String language;
    private final DateTimeFormatter dates;

    /** The words of the request's language for its clinic. */
    static HandoutText of(HandoutRequest request) {
        return new HandoutText(request.clinic(), request.options().language());
    }

    /** In English. */
    HandoutText(ClinicProfile clinic) {
        this(clinic, Languages.DEFAULT);
    }

    /** In {@code language} (a code of text/languages.properties), with the clinic's country's words. */
    HandoutText(ClinicProfile clinic, String language) {
        this.country = clinic.country();
        this.language = language;
        String clinician = ClinicWords.clinician(clinic, language);
        this.words = ClinicWords.of(clinic, language);
        this.catalogue = Words.of(ClinicWords.locale(language, country))
                .withTerm("clinician", words.get("handout.yourClinician", clinician));
        this.dates = DateTimeFormatter.ofPattern(words.get("handout.date.pattern"), Locale.forLanguageTag(language));
    }

    /** The language's code ("es"). */
    String language() {
        return language;
    }

    /** The text for a key of text/en/handout.properties ("handout." is added), with its {0}… filled. */
    String get(String key, Object... args) {
        return words.get("handout." + key, args);
    }

    /** The weeks after the birth a phase covers, as a label ("Weeks 6–12"). */
    String weeks(WeekRange range) {
        return words.weeks(range.from(), range.to());
    }

    /** The same inside a sentence ("weeks 6 to 12"). */
    String weeksInSentence(WeekRange range) {
        return words.weeksInSentence(range.from(), range.to());
    }

    /** The language's grammar of dose lines over the keys handout.dose.*. */
    DoseGrammar doseGrammar() {
        return new DoseGrammar(words, "handout.dose");
    }

    /** Seconds as a patient reads them ("1 min 30 s"). */
    String duration(int seconds) {
        return words.duration(seconds);
    }

    /** Alternative text of a picture in the tagged PDF, by its full key (text/en/issued.properties). */
    String alt(String key, Object... args) {
        return words.get(key, args);
    }

    /** Built-in content's free text with {clinician} and regional words filled. */
    String fill(String text) {
        return words.fill(text);
    }

    /** A criterion as a checklist line ("Single-leg calf raise: 20 each side"), regional words filled. */
    String checklistLine(Criterion criterion) {
        return words.fill(new Wording(words).checklistLine(criterion));
    }

    /** A list inside a sentence in her language: "a, b and c", "a, b y c". */
    String list(List<String> parts) {
        return new Wording(words).join(parts);
    }

    /** Words for the shared symptom catalogue, whose "contact {clinician}" reads "contact your physiotherapist". */
    Words catalogueWords() {
        return catalogue;
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    /** The emergency number of the clinic's country, or null when the country is not known here. */
    String emergencyNumber() {
        if (country == null) {
            return null;
        }
        return EU_112.contains(country) ? "112" : EMERGENCY.get(country);
    }

    /** "Call 999", or "Call your local emergency number" when the country is not known. */
    String callEmergency() {
        String number = emergencyNumber();
        return number == null ? get("emergency.callLocal") : get("emergency.call", number);
    }

    Locale locale() {
        return words.locale();
    }
}
