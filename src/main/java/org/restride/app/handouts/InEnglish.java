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

    /** "These exercises will print in English: A, B", each name short and escaped; empty when there are none. */
    public static String sentence(Words words, List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        String shown = names.stream().limit(NAMES).map(Excerpt::of).collect(Collectors.joining(", "));
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
