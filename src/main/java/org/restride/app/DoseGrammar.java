package org.restride.app;

import java.util.Locale;
import java.util.Map;
import org.restride.domain.Amount;
import org.restride.domain.DoseUnit;
import org.restride.text.Words;

/**
 * How a language says the parts of a dose, shared by the window's dose line (keys {@code dosage.*}) and the
 * handout's dose words (keys {@code handout.dose.*}). A language is its keys, with no class of its own:
 * <ul>
 *   <li>a range of numbers is {@code <prefix>.range} ("10–15", Spanish "10 a 15");</li>
 *   <li>a count takes {@code <name>.<n>} where the language has a word for that number ("once", "twice",
 *       "1 serie"), else the general {@code <name>} ("{0} times", "{0} series");</li>
 *   <li>an amount inside a set takes {@code <prefix>.<unit>PerSet} where the language words it differently
 *       (Spanish "3 series de 10 a 15", not "de 10 a 15 veces"; the window's "3 sets × 10"), else the amount as it stands alone.</li>
 * </ul>
 * A language whose plurals need more than a word for one number and a general form would add a rule here.
 */
public final class DoseGrammar {
    private static final Map<DoseUnit, String> UNITS = Map.of(DoseUnit.REPS, "reps", DoseUnit.HOLD_SECONDS, "hold",
            DoseUnit.SECONDS, "seconds", DoseUnit.MINUTES, "minutes", DoseUnit.METRES, "metres",
            DoseUnit.BREATHS, "breaths");

    private final Words words;
    private final String prefix;

    /** The grammar of {@code words}' language over the keys {@code <prefix>.*} ("dosage", "handout.dose"). */
    public DoseGrammar(Words words, String prefix) {
        this.words = words;
        this.prefix = prefix + ".";
    }

    /** The text of {@code <prefix>.<name>}, its {0}… filled. */
    public String get(String name, Object... args) {
        return words.get(prefix + name, args);
    }

    /**
     * A band's colour in the language ("blue" → "azul"): a colour the text files know by its English word, else as
     * the clinic typed it.
     */
    public String bandColour(String colour) {
        String key = "common.colour." + colour.strip().toLowerCase(Locale.ROOT);
        return words.has(key) ? words.get(key) : colour;
    }

    /** "10", or a range in the language's words: "10–15", "10 a 15". */
    public String numbers(Amount amount) {
        return amount.max() == null ? Integer.toString(amount.min()) : get("range", amount.min(), amount.max());
    }

    /**
     * {@code name}'s form for the number {@code n}: its own word where the language has one, else the general
     * form; {@code args} fill its {0}, {1}… ("3 sets × 10": the count, then what is counted).
     */
    public String count(String name, int n, Object... args) {
        String exact = name + "." + n;
        return words.has(prefix + exact) ? get(exact, args) : get(name, args);
    }

    /** One amount with its unit, as it stands alone: "10–15 times", "once", "hold 10 s", "1 breath". */
    public String amount(Amount amount) {
        return amount(UNITS.get(amount.unit()), amount);
    }

    /** The amount that one set holds: in Spanish "10 a 15" (after "3 series de"); in English as alone. */
    public String amountInSet(Amount amount) {
        String inSet = UNITS.get(amount.unit()) + "PerSet";
        return words.has(prefix + inSet) ? amount(inSet, amount) : amount(amount);
    }

    /** "once a day", "twice a day", "3 times a day". */
    public String timesADay(int times) {
        return count("timesADay", times, times);
    }

    /** "every day", "1 day a week", "4 days a week". */
    public String daysAWeek(int days) {
        return days == 7 ? get("everyDay") : count("daysAWeek", days, days);
    }

    private String amount(String name, Amount amount) {
        String n = numbers(amount);
        return amount.max() == null ? count(name, amount.min(), n) : get(name, n);
    }
}
