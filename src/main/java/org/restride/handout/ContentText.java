package org.restride.handout;

import java.util.function.UnaryOperator;
import org.restride.domain.ClinicProfile;

/**
 * Built-in content's free text as the clinic's handout prints it in a language: {clinician} in the clinic's term,
 * regional words by its country. The window shows a built-in exercise's text through it, as the patient will read it.
 */
public final class ContentText {
    private ContentText() {
    }

    /** Fills free text as the handout in {@code language} (a code of text/languages.properties) does for the clinic. */
    public static UnaryOperator<String> filler(ClinicProfile clinic, String language) {
        HandoutText text = new HandoutText(clinic, language);
        return text::fill;
    }
}
