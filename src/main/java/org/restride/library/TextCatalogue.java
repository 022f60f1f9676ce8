package org.restride.library;

import java.util.Map;

/**
 * The built-in texts a roadmap copies from its template (title, goal, phase names and purposes, item notes,
 * dosage tempos and notes, exit checks), in another language, looked up by their exact English. Text that is no
 * longer exactly the built-in English (the clinic changed it) has no entry and stays as written.
 */
public final class TextCatalogue {
    /** The catalogue of a language with no built-in translation: every text stays as it is. */
    public static final TextCatalogue NONE = new TextCatalogue(Map.of(), Map.of(), Map.of());

    private final Map<String, String> texts;
    private final Map<String, String> criteriaByKey;
    private final Map<String, String> englishCriteria;

    /**
     * @param texts           built-in English text to its translation
     * @param criteriaByKey   a library readiness test's key to its translated name
     * @param englishCriteria a library readiness test's key to its English name
     */
    TextCatalogue(Map<String, String> texts, Map<String, String> criteriaByKey, Map<String, String> englishCriteria) {
        this.texts = Map.copyOf(texts);
        this.criteriaByKey = Map.copyOf(criteriaByKey);
        this.englishCriteria = Map.copyOf(englishCriteria);
    }

    /** The translation of {@code english} if it is exactly a built-in text; otherwise the text as given (null too). */
    public String text(String english) {
        return english == null ? null : texts.getOrDefault(english, english);
    }

    /** Whether {@code english} is exactly a built-in text with a translation. */
    public boolean has(String english) {
        return english != null && texts.containsKey(english);
    }

    /**
     * An exit check's name: a library test (by key) whose name is still its built-in English takes the translated
     * name; a plain statement is looked up by its text; a name the clinic changed stays as written.
     */
    public String criterion(String key, String name) {
        if (key != null && name != null && name.equals(englishCriteria.get(key)) && criteriaByKey.containsKey(key)) {
            return criteriaByKey.get(key);
        }
        return text(name);
    }

    /** How many texts and tests it translates (for tests and reports). */
    public int size() {
        return texts.size() + criteriaByKey.size();
    }
}
