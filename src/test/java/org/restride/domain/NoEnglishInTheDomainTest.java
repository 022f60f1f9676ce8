package org.restride.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restride.text.Words;

/**
 * What a person reads comes from the text package by key, so a second language needs no domain change. This
 * reads the domain's sources and fails on a string literal that looks like words ("two words with a space").
 */
class NoEnglishInTheDomainTest {
    static final Path DOMAIN = Path.of("src/main/java/org/restride/domain");
    static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,} +[A-Za-z]{2,}");
    /**
     * Sentences a refused value is explained with (a ValidationException, a Check) are still English: the
     * statements that build one are left out of this scan until they carry keys.
     */
    static final Pattern VALIDATION = Pattern.compile(
            "ValidationException|Check\\.|Bounds\\.|optional\\(|requireAbsent|checkPlausible|checkId\\(|fromKey\\("
                    + "|IllegalArgument|IllegalState");
    /** Files still holding words, each to be keyed; the list may only shrink. */
    static final Map<String, String> STILL_TO_KEY = Map.of();

    @Test
    void theDomainHoldsNoWordsForPeople() throws IOException {
        Set<String> found = new TreeSet<>();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(DOMAIN)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = DOMAIN.relativize(file).toString().replace('\\', '/');
                for (String literal : wordsIn(Files.readString(file))) {
                    found.add(name);
                    if (!STILL_TO_KEY.containsKey(name)) {
                        lines.add(name + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), lines, "put these words in text/en/*.properties and return a key, enum or Phrase");
        Set<String> done = new TreeSet<>(STILL_TO_KEY.keySet());
        done.removeAll(found);
        assertEquals(Set.of(), done, "these hold no words any more: take them off STILL_TO_KEY");
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
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        List<String> out = new ArrayList<>();
        for (String statement : code.split("[;{}]")) {
            if (VALIDATION.matcher(statement).find()) {
                continue;
            }
            Matcher m = LITERAL.matcher(statement);
            while (m.find()) {
                if (WORDS.matcher(m.group(1)).find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    private static List<Class<?>> withNested(Class<?> type) {
        List<Class<?>> all = new ArrayList<>(List.of(type));
        for (Class<?> inner : type.getDeclaredClasses()) {
            all.addAll(withNested(inner));
        }
        return all;
    }

    @Test
    void theScanSeesWordsAndLeavesValidationAlone() {
        assertEquals(List.of("Ready to progress"), wordsIn("String label = \"Ready to progress\"; String key = \"ready\";"));
        assertEquals(List.of(), wordsIn("throw new ValidationException(\"sets\", \"must be a whole number\");"));
        assertEquals(List.of(), wordsIn("// a comment with words\n/** and a doc comment */ int x = 1;"));
    }
}
