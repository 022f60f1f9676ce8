package org.restride.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word a person reads, by key, in one language and region. A key's first segment names its file:
 * {@code verdict.reason.testPain} lives in {@code text/<language>/verdict.properties}. A region's file
 * ({@code text/en-GB/verdict.properties}) overrides single keys of its language. Values take positional
 * arguments {@code {0}}, {@code {1}}… and standing terms such as {@code {clinician}}, given once per instance.
 * No MessageFormat: an apostrophe is just an apostrophe.
 */
public final class Words {
    private static final String ROOT = "/org/restride/text/";
    private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();
    private static final String FALLBACK = "en";
    /** About how long a list a sentence quotes may be before the rest is counted ("and 12 more"). */
    static final int LIST_LENGTH = 240;

    private final Locale locale;
    private final Map<String, String> terms;

    private Words(Locale locale, Map<String, String> terms) {
        this.locale = locale;
        this.terms = Map.copyOf(terms);
    }

    /** Words in {@code locale}'s language, with its country's vocabulary where the text has one. */
    public static Words of(Locale locale) {
        return new Words(locale, Map.of());
    }

    public static Words english() {
        return of(Locale.US);
    }

    public Locale locale() {
        return locale;
    }

    /** The same words with a standing term filled in wherever {@code {name}} appears. */
    public Words withTerm(String name, String value) {
        Map<String, String> more = new HashMap<>(terms);
        more.put(name, value);
        return new Words(locale, more);
    }

    /**
     * The label of a closed-set value (an enum constant) as people read it: the key
     * {@code labels.<Type>.<CONSTANT>}, e.g. {@code labels.Status.STEP_BACK}.
     */
    public String label(Enum<?> value) {
        return get("labels." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The weeks after the birth a phase covers, as a label: "Weeks 6–12", "Week 12", "Week 12 onwards". */
    public String weeks(int from, Integer to) {
        return to == null ? get("common.weeks.onwards", from)
                : from == to ? get("common.weeks.one", from) : get("common.weeks.range", from, to);
    }

    /** The same inside a sentence: "weeks 6 to 12", "week 12", "from week 12". */
    public String weeksInSentence(int from, Integer to) {
        return to == null ? get("common.weeks.sentence.onwards", from)
                : from == to ? get("common.weeks.sentence.one", from) : get("common.weeks.sentence.range", from, to);
    }

    /** Seconds as a patient reads them: "45 s", "1 min 30 s", "20 min". */
    public String duration(int seconds) {
        int minutes = seconds / 60;
        int rest = seconds % 60;
        if (minutes == 0) {
            return get("common.duration.seconds", rest);
        }
        return rest == 0 ? get("common.duration.minutes", minutes) : get("common.duration.minutesSeconds", minutes, rest);
    }

    /**
     * A count with its noun, singular or plural: {@code <key>.one} for 1, {@code <key>.other} otherwise, each with
     * {@code {0}} for the number ("1 word", "3 words").
     */
    public String count(String key, long n) {
        return get(key + (n == 1 ? ".one" : ".other"), n);
    }

    /**
     * A refused value in words: the field's name ({@code validation.field.<field>}, or the field as written when it
     * has none, such as a file's own path) and its problem ({@code validation.<problem>} with its arguments), as
     * {@code validation.sentence} joins them: "days per week must be between 1 and 7 (was 8)". A field
     * {@code <name>#<part>} is a part of something named by the user ("Single-leg squat#left"), said by
     * {@code validation.part.<part>}. A problem given in words (it holds a space; only a layer above the domain
     * gives one) is taken as it is.
     */
    public String refusal(String field, String problem, List<?> args) {
        int hash = field.lastIndexOf('#');
        String part = hash < 0 ? null : "validation.part." + field.substring(hash + 1);
        String name = part != null && raw(part) != null ? get(part, field.substring(0, hash))
                : raw("validation.field." + field) != null ? get("validation.field." + field) : field;
        Object[] values = args.toArray();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof List<?> items) {
                values[i] = list(items.stream().map(String::valueOf).toList());
            }
        }
        if (problem.equals("oneOf") && values.length > 1) {
            // The domain hands over the value as the file or user gave it: quote it short and escaped here.
            values[1] = Excerpt.of(values[1]);
        }
        String why = problem.indexOf(' ') >= 0 ? problem : get("validation." + problem, values);
        return get("validation.sentence", name, why);
    }

    /**
     * Items joined as this language lists them ("a, b, c"), as many as fit in about {@value #LIST_LENGTH}
     * characters (always the first), then "and 12 more", so that what a sentence says after a list still shows.
     */
    public String list(List<String> items) {
        String separator = get("problems.listSeparator");
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String item : items) {
            if (shown > 0 && out.length() + separator.length() + item.length() > LIST_LENGTH) {
                break;
            }
            out.append(shown > 0 ? separator : "").append(item);
            shown++;
        }
        return shown == items.size() ? out.toString() : get("problems.listMore", out, items.size() - shown);
    }

    /**
     * Whether this language (or its region) has its own text for {@code key}: a key another language's grammar
     * needs ("twice a day") is not borrowed from English here, though {@link #get} falls back to English.
     */
    public boolean has(String key) {
        return raw(key, false) != null;
    }

    /** The text for {@code key}, its {@code {0}}… replaced by {@code args} and its standing terms filled in. */
    public String get(String key, Object... args) {
        String text = raw(key);
        if (text == null) {
            throw new MissingResourceException("no text for " + key + " in " + locale.toLanguageTag(),
                    Words.class.getName(), key);
        }
        return fill(text, args);
    }

    /**
     * Fills free text (a built-in exercise's steps, a template's purpose): {@code {clinician}} and the other
     * standing terms, and {@code {common.word.stroller}}-style keys, which take this region's word.
     */
    public String fill(String text) {
        return text == null ? null : fill(text, new Object[0]);
    }

    private String fill(String text, Object[] args) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i) {
                String name = text.substring(i + 1, close);
                String value = placeholder(name, args);
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private String placeholder(String name, Object[] args) {
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 3) {
            int index = Integer.parseInt(name);
            return index >= args.length ? null : args[index] instanceof KeyedProblem problem ? problem.in(this)
                    : args[index] instanceof KeyedProblem.Refusal refused
                    ? refusal(refused.field(), refused.problem(), refused.args()) : String.valueOf(args[index]);
        }
        String term = terms.get(name);
        return term != null || name.indexOf('.') < 0 ? term : raw(name);
    }

    private String raw(String key) {
        return raw(key, true);
    }

    private String raw(String key, boolean orEnglish) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String area = key.substring(0, dot);
        String language = locale.getLanguage().isEmpty() ? FALLBACK : locale.getLanguage();
        if (!locale.getCountry().isEmpty()) {
            String regional = file(language + "-" + locale.getCountry(), area).getProperty(key);
            if (regional != null) {
                return regional;
            }
        }
        String value = file(language, area).getProperty(key);
        // A language whose files lack a key reads it in English rather than failing; the completeness tests say
        // which keys a language still lacks.
        return value != null || !orEnglish || language.equals(FALLBACK) ? value : file(FALLBACK, area).getProperty(key);
    }

    private static Properties file(String folder, String area) {
        return FILES.computeIfAbsent(folder + "/" + area, path -> {
            Properties properties = new Properties();
            try (InputStream in = Words.class.getResourceAsStream(ROOT + path + ".properties")) {
                if (in != null) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read text file " + path, e);
            }
            return properties;
        });
    }
}
