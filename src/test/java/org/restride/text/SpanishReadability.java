package org.restride.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading ease of Spanish text: syllables counted by Spanish rules, words, sentences, and the two usual scores.
 * <ul>
 *   <li>Fernández-Huerta: 206.84 − 0.60·P − 1.02·F, P syllables per 100 words. F is read as words per sentence (Law's
 *       correction, 2011: printed as "sentences per 100 words", the formula would reward long sentences); both are
 *       reported.</li>
 *   <li>INFLESZ (Szigriszt-Pazos): 206.835 − 62.3·syllables/words − words/sentences; 65–80 is "bastante fácil".</li>
 * </ul>
 */
final class SpanishReadability {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(\\s|$)");
    private static final String STRONG = "aeoáéóíú";

    private int words;
    private int syllables;
    private int sentences;

    /** Adds one unit of text (a sentence or a few, or a list item that is read as one). */
    void add(String text) {
        String plain = text.replaceAll("\\{[^}]*\\}", " ").strip();
        if (plain.isEmpty()) {
            return;
        }
        Matcher w = WORD.matcher(plain);
        int found = 0;
        while (w.find()) {
            found++;
            syllables += syllables(w.group());
        }
        if (found == 0) {
            return;
        }
        words += found;
        int ends = 0;
        Matcher m = SENTENCE_END.matcher(plain);
        while (m.find()) {
            ends++;
        }
        // A unit that does not end with a stop (a list item, a heading) is still one sentence as she reads it.
        boolean closed = plain.matches("(?s).*[.!?…]$");
        sentences += Math.max(1, ends + (closed ? 0 : 1));
    }

    int words() {
        return words;
    }

    int syllables() {
        return syllables;
    }

    int sentences() {
        return sentences;
    }

    double fernandezHuerta() {
        return 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * ((double) words / sentences);
    }

    /** The formula as often printed, F = sentences per 100 words. */
    double fernandezHuertaAsPrinted() {
        return 206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * (100.0 * sentences / words);
    }

    double inflesz() {
        return 206.835 - 62.3 * ((double) syllables / words) - (double) words / sentences;
    }

    /**
     * The syllables of one Spanish word: one per group of vowels, plus one for each hiatus inside a group (two strong
     * vowels side by side, "le-er", "ca-o-tí-co", or an accented í or ú beside another vowel, "dí-a", "ba-úl").
     * A weak vowel (i, u, ü, unaccented) beside another vowel makes a diphthong ("bien", "cui-da") or a triphthong
     * ("buey"); the silent u of "que", "qui", "gue", "gui" is no vowel; a final y after a vowel ("hoy", "muy") belongs
     * to the syllable before it, and "y" on its own is a word of one syllable.
     */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.replaceAll("qu(?=[eiéí])", "q").replaceAll("gu(?=[eiéí])", "g");
        if (w.equals("y")) {
            return 1;
        }
        if (w.endsWith("y")) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        int count = 0;
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!vowel(c)) {
                previous = 0;
                continue;
            }
            if (previous == 0 || hiatus(previous, c)) {
                count++;
            }
            previous = c;
        }
        return Math.max(1, count);
    }

    private static boolean vowel(char c) {
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }

    private static boolean hiatus(char a, char b) {
        return STRONG.indexOf(a) >= 0 && STRONG.indexOf(b) >= 0;
    }
}
