package org.restride.handout;

import java.util.Locale;
import org.restride.domain.Check;
import org.restride.domain.ClinicProfile;
import org.restride.domain.PaperSize;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;
import org.restride.text.Languages;

/**
 * How to print: paper, large print (14 pt body), with or without pictures, with or without the log, whether to
 * print every phase in full (the whole roadmap, for the clinic file) rather than her handout for now, and the
 * language the patient reads (a lower-case code the text package has: "en", "es").
 */
public record HandoutOptions(PaperSize paper, boolean largePrint, boolean pictures, boolean log, boolean allPhases,
                             String language) {
    public HandoutOptions {
        Check.present("paper size", paper);
        language = checkLanguage(language);
    }

    /** In English. */
    public HandoutOptions(PaperSize paper, boolean largePrint, boolean pictures, boolean log, boolean allPhases) {
        this(paper, largePrint, pictures, log, allPhases, Languages.DEFAULT);
    }

    /** Her handout for now (the current phase in full), in English. */
    public HandoutOptions(PaperSize paper, boolean largePrint, boolean pictures, boolean log) {
        this(paper, largePrint, pictures, log, false);
    }

    /**
     * The clinic's paper and language (English when the clinic's language is not one Restride prints), normal
     * print, with pictures and the log, her handout for now.
     */
    public static HandoutOptions defaultsFor(ClinicProfile clinic) {
        return new HandoutOptions(clinic.paperSize(), false, true, true, false, Languages.orDefault(clinic.language()));
    }

    public HandoutOptions withPaper(PaperSize newPaper) {
        return new HandoutOptions(newPaper, largePrint, pictures, log, allPhases, language);
    }

    public HandoutOptions withLargePrint(boolean on) {
        return new HandoutOptions(paper, on, pictures, log, allPhases, language);
    }

    public HandoutOptions withPictures(boolean on) {
        return new HandoutOptions(paper, largePrint, on, log, allPhases, language);
    }

    public HandoutOptions withLog(boolean on) {
        return new HandoutOptions(paper, largePrint, pictures, on, allPhases, language);
    }

    public HandoutOptions withAllPhases(boolean on) {
        return new HandoutOptions(paper, largePrint, pictures, log, on, language);
    }

    /** The same options in another language: a code of text/languages.properties ("es"); upper case is accepted. */
    public HandoutOptions withLanguage(String newLanguage) {
        return new HandoutOptions(paper, largePrint, pictures, log, allPhases, newLanguage);
    }

    private static String checkLanguage(String language) {
        if (language == null) {
            return Languages.DEFAULT;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!Languages.has(code)) {
            String shown = language.length() > 12 ? language.substring(0, 12) + "…" : language;
            throw new ValidationException("language", "handout.language", String.join(", ", Languages.codes()),
                    Excerpt.quoted(shown));
        }
        return code;
    }
}
