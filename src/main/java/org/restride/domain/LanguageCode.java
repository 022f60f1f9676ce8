package org.restride.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A language as a handout is printed in: an ISO 639 code of two or three letters ("en", "es"), kept in lower
 * case. Which languages have words is the text package's business; the domain only keeps the code well formed.
 */
public final class LanguageCode {
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private LanguageCode() {
    }

    /** The code in lower case, or null when none is given; refused when it is not two or three letters. */
    public static String optional(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(lower).matches()) {
            throw new ValidationException(field, "languageCode", lower.substring(0, Math.min(lower.length(), 12)));
        }
        return lower;
    }
}
