package org.restride.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns what a person typed into an FTS5 query in which every word is a prefix: "bri gl" finds "glute bridge".
 * One character typed alone would match nearly everything, so it matches only names that start with it: "s" finds
 * "Side plank" and "Single-leg bridge", not "Plié squat"; beside other words ("single l") it is a prefix as usual.
 */
final class FullTextQuery {
    private FullTextQuery() {
    }

    /** The MATCH expression, or null when the text holds no words. */
    static String of(String typed) {
        List<String> words = Arrays.stream(typed.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
        String start = isLoneCharacter(words) ? "name : ^\"" : "\"";
        String query = words.stream().map(word -> start + word + "\"*").collect(Collectors.joining(" "));
        return query.isEmpty() ? null : query;
    }

    /** True when the words typed are one word of one character. */
    static boolean isLoneCharacter(List<String> words) {
        return words.size() == 1 && words.get(0).codePointCount(0, words.get(0).length()) == 1;
    }
}
