package org.restride.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.restride.text.Languages;
import org.restride.text.Words;

/**
 * One entry of a handout-language box: a language code, or null for "the clinic's setting", with its label.
 * Each language is named in its own language ("English", "Español"); a box shows the label (its toString).
 */
public record LanguageChoice(String code, String label) {
    /** The patient's choices: the clinic's setting (naming the clinic's language), then each language. */
    public static List<LanguageChoice> forPatient(Words words, List<String> codes, String clinicLanguage) {
        List<LanguageChoice> out = new ArrayList<>();
        out.add(new LanguageChoice(null, words.get("language-choice.clinic", name(clinicLanguage))));
        out.addAll(forHandout(codes));
        return List.copyOf(out);
    }

    /** Each language a handout can print in. */
    public static List<LanguageChoice> forHandout(List<String> codes) {
        return codes.stream().map(code -> new LanguageChoice(code, name(code))).toList();
    }

    /** The entry of {@code choices} for {@code code} (null: the clinic's), or the first when none is. */
    public static LanguageChoice of(List<LanguageChoice> choices, String code) {
        return choices.stream().filter(c -> Objects.equals(c.code(), code)).findFirst()
                .orElse(choices.get(0));
    }

    @Override
    public String toString() {
        return label;
    }

    /** A language's name in that language ("Español"); a setting such as "es-MX" is named by its language. */
    public static String name(String setting) {
        String code = Languages.orDefault(setting);
        return Languages.nativeName(code);
    }
}
