package org.restride.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.restride.text.Words;

/**
 * One entry of a handout-language box: a language code, or null for "the clinic's setting", with its label.
 * Each language is named in its own language ("English", "Español").
 */
public record LanguageChoice(String code, String label) {
    /** The patient's choices: the clinic's setting (naming the clinic's language), then each language. */
    public static List<LanguageChoice> forPatient(Words words, List<String> codes, String clinicLanguage) {
        List<LanguageChoice> out = new ArrayList<>();
        out.add(new LanguageChoice(null, words.get("language-choice.clinic", name(words, clinicLanguage))));
        out.addAll(forHandout(words, codes));
        return List.copyOf(out);
    }

    /** Each language a handout can print in. */
    public static List<LanguageChoice> forHandout(Words words, List<String> codes) {
        return codes.stream().map(code -> new LanguageChoice(code, name(words, code))).toList();
    }

    /** The entry of {@code choices} for {@code code} (null: the clinic's), or the first when none is. */
    public static LanguageChoice of(List<LanguageChoice> choices, String code) {
        return choices.stream().filter(c -> Objects.equals(c.code(), code)).findFirst()
                .orElse(choices.get(0));
    }

    /** A language's name in that language; its code's language part when it is a tag such as "en-GB". */
    public static String name(Words words, String code) {
        String language = code == null || code.isBlank() ? "en" : Locale.forLanguageTag(code).getLanguage();
        String key = "language-choice.name." + language;
        if (words.has(key)) {
            return words.get(key);
        }
        Locale own = Locale.forLanguageTag(language);
        String named = own.getDisplayLanguage(own);
        return named.isEmpty() ? language : named.substring(0, 1).toUpperCase(own) + named.substring(1);
    }
}
