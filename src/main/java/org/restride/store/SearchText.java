package org.restride.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.restride.domain.TextFold;

/**
 * Text as the library's full-text index sees it (SQLite's unicode61 tokenizer, diacritics removed): words are
 * runs of letters and numbers, compared without case or accents.
 */
final class SearchText {
    /** How FullTextQuery splits what is typed. */
    private static final Pattern TYPED_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The folded words of the text, in order. */
    static List<String> words(String text) {
        String folded = TextFold.fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean part = isWordPart(cp);
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(folded.substring(start));
        }
        return out;
    }

    /** The words typed into the search box, folded; each is matched as the start of a word. */
    static List<String> typedWords(String typed) {
        List<String> out = new ArrayList<>();
        for (String part : TYPED_SEPARATORS.split(typed)) {
            if (!part.isEmpty()) {
                out.addAll(words(part));
            }
        }
        return out;
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.PRIVATE_USE;
    }
}
