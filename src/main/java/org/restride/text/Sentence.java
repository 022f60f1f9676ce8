package org.restride.text;

import java.util.Locale;

/** A problem's message ("must be a whole number") as a sentence to show: a capital first letter and a full stop. */
public final class Sentence {
    private Sentence() {
    }

    /** The message with a capital first letter and a full stop (none added after . ! or ?); "" for null or blank. */
    public static String of(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        String text = capitalized(message.strip());
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…' ? text : text + ".";
    }

    /** The text with a capital first letter, as it starts a line or a label. */
    public static String capitalized(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
