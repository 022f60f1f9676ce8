package org.restride.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.restride.domain.TextFold;

/**
 * Text as the library's full-text index sees it (SQLite's unicode61 tokenizer, diacritics removed): words are
 * runs of letters and numbers, compared without case or accents. A column is kept as " word word " so that
 * counting the words that start with a prefix is counting occurrences of " " + prefix.
 */
final class SearchText {
    private SearchText() {
    }

    /** The folded words of the text, space-separated, with a space before the first and after the last. */
    static String column(String text) {
        StringBuilder out = new StringBuilder(" ");
        for (String word : words(text)) {
            out.append(word).append(' ');
        }
        return out.toString();
    }

    /** How many words a column made by {@link #column} holds. */
    static int wordCount(String column) {
        int count = 0;
        for (int i = 1; i < column.length(); i++) {
            if (column.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** How many words of the column start with a prefix, given as its {@link #needle}. */
    static int prefixHits(String column, String needle) {
        int hits = 0;
        for (int at = column.indexOf(needle); at >= 0; at = column.indexOf(needle, at + needle.length())) {
            hits++;
        }
        return hits;
    }

    /** What to look for in a column to find the words that start with a (folded) prefix. */
    static String needle(String prefix) {
        return " " + prefix;
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

    /** The words typed into the search box, each to be matched as a word prefix (see FullTextQuery). */
    static List<String> queryWords(String typed) {
        return Arrays.stream(typed.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                .flatMap(w -> words(w).stream()).toList();
    }

    private static boolean isWordPart(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.PRIVATE_USE;
    }
}
