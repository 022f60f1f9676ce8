package org.restride.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restride.testing.SourceWords;
import org.restride.text.Words;

/**
 * What a person reads comes from the text package by key, so a second language needs no domain change. This
 * reads the domain's sources and fails on a string literal that looks like words ("two words with a space"),
 * refusals included: a {@code ValidationException} or a {@code Check} names its field and problem by key, and
 * each key it names has its words in {@code text/en/validation.properties}.
 */
class NoEnglishInTheDomainTest {
    static final Path DOMAIN = Path.of("src/main/java/org/restride/domain");
    /** A programming error's message is for developers, never shown to a person: those statements are left out. */
    static final SourceWords SCAN = new SourceWords(SourceWords.TWO_WORDS, Pattern.compile("IllegalArgument|IllegalState"));
    /** A refusal's field and problem, when both are written as literals: {@code new ValidationException("sets", "range"}. */
    static final Pattern REFUSAL = Pattern.compile("new ValidationException\\(\\s*(?:\"([\\w.]+)\"|[^\",;]+?)\\s*,\\s*\"([\\w.]+)\"");
    /** A field named by a literal in a check: {@code Check.range("sets", ...)}, {@code fromKey(Kind.class, "kind", ...)}. */
    static final Pattern CHECKED_FIELD = Pattern.compile("(?:Check\\.\\w+|fromKey\\(\\w+\\.class,|\\.check|optional)\\(\\s*\"(\\w+)\"");
    /** Files still holding words, each to be keyed; the list may only shrink. */
    static final Map<String, String> STILL_TO_KEY = Map.of();

    @Test
    void theDomainHoldsNoWordsForPeople() throws IOException {
        SCAN.assertNoWords(DOMAIN, STILL_TO_KEY.keySet(), "text/en/*.properties (returning a key, enum or Phrase)");
    }

    @Test
    void everyClosedSetValueHasALabel() throws Exception {
        List<String> missing = new ArrayList<>();
        Words words = Words.english();
        try (Stream<Path> files = Files.walk(DOMAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = DOMAIN.relativize(file).toString().replace('\\', '/').replace(".java", "").replace('/', '.');
                Class<?> type = Class.forName("org.restride.domain." + name);
                for (Class<?> c : withNested(type)) {
                    if (c.isEnum() && Keyed.class.isAssignableFrom(c)) {
                        for (Object value : c.getEnumConstants()) {
                            String key = "labels." + c.getSimpleName() + "." + ((Enum<?>) value).name();
                            if (!words.has(key)) {
                                missing.add(key);
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "add these to text/en/labels.properties");
    }

    /** The literals that look like words, in the statements that do not explain a refused value. */
    static List<String> wordsIn(String source) {
        return SCAN.in(source);
    }

    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (Class<?> inner : type.getDeclaredClasses()) {
            all.addAll(withNested(inner));
        }
        return all;
    }

    @Test
    void everyRefusalKeyTheDomainNamesHasWords() throws IOException {
        Words words = Words.english();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOMAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String key : refusalKeys(Files.readString(file))) {
                    if (!words.has(key)) {
                        missing.add(DOMAIN.relativize(file) + ": " + key);
                    }
                }
            }
        }
        for (DoseUnit unit : DoseUnit.values()) {
            if (!words.has("validation.result.range." + unit.key())) {
                missing.add("validation.result.range." + unit.key());
            }
        }
        assertEquals(List.of(), missing, "add these to text/en/validation.properties");
    }

    /** The keys a source's refusals name: validation.<problem> and validation.field.<field>. */
    static List<String> refusalKeys(String source) {
        List<String> keys = new ArrayList<>();
        Matcher refusal = REFUSAL.matcher(source);
        while (refusal.find()) {
            if (refusal.group(1) != null) {
                keys.add("validation.field." + refusal.group(1));
            }
            if (!refusal.group(2).endsWith(".")) { // a key finished by a value, as below for the units
                keys.add("validation." + refusal.group(2));
            }
        }
        Matcher checked = CHECKED_FIELD.matcher(source);
        while (checked.find()) {
            keys.add("validation.field." + checked.group(1));
        }
        return keys;
    }

    @Test
    void theScanSeesWordsInRefusalsToo() {
        assertEquals(List.of("Ready to progress"), wordsIn("String label = \"Ready to progress\"; String key = \"ready\";"));
        assertEquals(List.of("must be a whole number"), wordsIn("throw new ValidationException(\"sets\", \"must be a whole number\");"));
        assertEquals(List.of("days per week"), wordsIn("Check.range(\"days per week\", days, 1, 7);"));
        assertEquals(List.of(), wordsIn("throw new IllegalStateException(\"the visit has not been saved\");"));
        assertEquals(List.of(), wordsIn("// a comment with words\n/** and a doc comment */ int x = 1;"));
        assertEquals(List.of("validation.field.sets", "validation.range", "validation.whole", "validation.field.rest"),
                refusalKeys("throw new ValidationException(\"sets\", \"range\", 1, 10, 12); "
                        + "throw new ValidationException(name, \"whole\", 2); Check.range(\"rest\", r, 0, 600);"));
    }
}
