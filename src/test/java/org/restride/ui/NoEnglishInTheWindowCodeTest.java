package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restride.testing.SourceWords;
import org.restride.text.Words;

/**
 * Every word the window shows (labels, buttons, tooltips, prompts, dialogs, menus) comes from
 * {@code text/en/ui-*.properties} by key. This reads the window's sources and fails on a literal that looks like
 * words: a capitalised word ("Save"), two words ("no phases yet"), or a word with a space beside it to be joined
 * to others (" weeks"). Ids, style classes, key names, file patterns, regular expressions, key combinations and
 * formats without words pass; so do log lines and programming errors, which no person reads in the window.
 */
class NoEnglishInTheWindowCodeTest {
    static final Path UI = Path.of("src/main/java/org/restride/ui");
    /** A regular expression's escape (\\d, \\s) as written in a source: two backslashes. */
    private static final String REGEX_ESCAPE = "\\\\";
    private static final Pattern CAPITALISED = Pattern.compile("(?<![A-Za-z])[A-Z][a-z]+");
    private static final Pattern SPACED_WORD = Pattern.compile("(?:^|\\s)[a-z]{2,}\\s|\\s[a-z]{2,}$|\\([a-z]{2,}|[a-z]{2,}\\)");
    private static final Pattern KEY_COMBINATION = Pattern.compile("Shortcut(\\+[A-Za-z0-9]*)*");
    static final SourceWords SCAN = new SourceWords(NoEnglishInTheWindowCodeTest::looksLikeWords,
            Pattern.compile("IllegalArgument|IllegalState|LOG\\.|Logger"));
    /** Files still holding words, each to be keyed; the list may only shrink. */
    static final Set<String> STILL_TO_KEY = Set.of();

    static boolean looksLikeWords(String literal) {
        if (literal.contains(REGEX_ESCAPE) || KEY_COMBINATION.matcher(literal).matches()) {
            return false;
        }
        Predicate<String> words = SourceWords.TWO_WORDS.or(CAPITALISED.asPredicate()).or(SPACED_WORD.asPredicate());
        return words.test(literal);
    }

    @Test
    void theWindowsCodeHoldsNoWordsForPeople() throws IOException {
        SCAN.assertNoWords(UI, STILL_TO_KEY, "text/en/ui-*.properties");
    }

    /** A key the window names by a literal has words: a typo is found here, not by a PT opening a dialog. */
    @Test
    void everyKeyTheWindowNamesHasWords() throws IOException {
        Words words = Words.english();
        Pattern key = Pattern.compile("\"((?:ui-[a-z]+|language-choice|issued|editor|errors|common|labels)\\.[\\w.-]*\\w)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(SourceWords.withoutComments(Files.readString(file)));
                while (m.find()) {
                    if (!words.has(m.group(1)) && !words.has(m.group(1) + ".one")) { // a count names .one and .other
                        missing.add(UI.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "add these to text/en/ui-*.properties");
    }

    @Test
    void theScanSeesWordsAPersonReads() {
        assertEquals(List.of("Save", "Red flags", " weeks", "of ", "no phases yet", "Delete \\\"", "Start: run",
                        "no viewer; it is saved as ", "  (archived)"),
                SCAN.in("new Button(\"Save\"); label(\"Red flags\"); n + \" weeks\"; \"of \" + n; s = \"no phases yet\";"
                        + " t = \"Delete \\\"\" + name; u = \"Start: run\"; throw new IOException(\"no viewer; it is saved as \" + f);"
                        + " n = name + \"  (archived)\";"));
    }

    @Test
    void idsKeysPatternsAndFormatsPass() {
        assertEquals(List.of(), SCAN.in("b.setId(\"save-button\"); l.getStyleClass().add(\"title-2\");"
                + " words.get(\"ui-patients.noneYet\"); f.setPromptText(words.get(\"ui-search.prompt\"));"
                + " filter(\"*.png\", \"*.JPEG\"); Pattern.compile(\"(\\\\d{1,3})\\\\s*(w|wk|weeks)( ago)?\");"
                + " KeyCombination.valueOf(\"Shortcut+Shift+Z\"); String.format(\"%d / %d\", a, b); x = \"perDay\";"
                + " LOG.log(Level.SEVERE, \"Unexpected error on thread \" + t); throw new IllegalStateException(\"no pose \" + p);"
                + " // a comment with Words\n /** Javadoc with Words */ int y = 1;"));
    }
}
