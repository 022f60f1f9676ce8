package org.restride.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Turns what a person typed into an FTS5 query in which every word is a prefix: "bri gl" finds "glute bridge". */
final class FullTextQuery {
    private FullTextQuery() {
    }

    /** The MATCH expression, or null when the text holds no words. */
    static String of(String typed) {
        String query = Arrays.stream(typed.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> "\"" + word + "\"*")
                .collect(Collectors.joining(" "));
        return query.isEmpty() ? null : query;
    }
}
