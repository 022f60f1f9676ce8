package org.restride.app;

import org.restride.domain.ClinicProfile;
import org.restride.text.Words;

/**
 * The clinic's disclaimer: its own words, or the standard one when it has none. Profiles saved before the standard
 * text moved to the text package hold it word for word; that text counts as the standard one too.
 */
public final class Disclaimer {
    static final String STANDARD = "clinic.disclaimer.standard";

    private Disclaimer() {
    }

    /** Whether the clinic gives the standard disclaimer (none of its own). */
    public static boolean isStandard(String disclaimer) {
        return disclaimer == null || disclaimer.isBlank()
                || disclaimer.strip().equals(Words.english().get(STANDARD));
    }

    /** The words the settings show: the clinic's own, or the standard text. */
    public static String shown(ClinicProfile clinic, Words words) {
        return isStandard(clinic.disclaimer()) ? words.get(STANDARD) : clinic.disclaimer();
    }

    /** What is saved for the words typed: nothing when they are the standard text. */
    public static String saved(String typed, Words words) {
        return typed == null || typed.strip().equals(words.get(STANDARD)) || isStandard(typed) ? "" : typed;
    }
}
