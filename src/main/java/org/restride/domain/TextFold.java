package org.restride.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching as people expect: without case and without accents ("Zoë" matches "zoe"). */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextFold() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // ASCII has no accents to remove: the common case, kept quick
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
