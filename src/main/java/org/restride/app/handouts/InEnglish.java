package org.restride.app.handouts;

import java.util.List;
import java.util.stream.Collectors;
import org.restride.text.Excerpt;
import org.restride.text.Languages;
import org.restride.text.Words;

/** The sentence that names the exercises printing in English in a handout in another language. */
public final class InEnglish {
    /** At most this many names are given; the rest are counted. */
    static final int NAMES = 5;

    private InEnglish() {
    }

    /** As below, with none printing only partly in English. */
    public static String sentence(Words words, List<String> names) {
        return sentence(words, names, List.of());
    }

    /**
     * 'These exercises will print in English: "A", "B" (partly in English)': each name quoted, short and escaped,
     * so a comma in a name cannot pass for two; empty when there are none.
     */
    public static String sentence(Words words, List<String> names, List<String> partly) {
        if (names.isEmpty()) {
            return "";
        }
        String shown = names.stream().limit(NAMES).map(n -> partly.contains(n)
                ? words.get("translation.inEnglish.partly", Excerpt.quoted(n)) : Excerpt.quoted(n))
                .collect(Collectors.joining(", "));
        if (names.size() > NAMES) {
            shown = words.get("translation.inEnglish.more", shown, names.size() - NAMES);
        }
        return words.get(names.size() == 1 ? "translation.inEnglish.one" : "translation.inEnglish.many", shown);
    }

    /**
     * "Her language "fr" is not one this Restride prints, so English was used" when her stored handout language
     * ({@code stored}) is one this build has no words for; empty when it has (or none is stored).
     */
    public static String notPrinted(Words words, String stored, String used) {
        if (stored == null || Languages.has(stored)) {
            return "";
        }
        return words.get("translation.notPrinted", Excerpt.of(stored), Languages.nativeName(used));
    }
}
