package org.restride;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restride.app.Problems;
import org.restride.domain.ValidationException;
import org.restride.exchange.Clash;
import org.restride.exchange.ImportOutcome;
import org.restride.store.StoreException;
import org.restride.testing.SourceWords;
import org.restride.text.KeyedProblem;
import org.restride.text.Words;

/**
 * A problem a person reads is told by key above the domain too: the store, the exchange and library files, the
 * figures, the handout, the use cases and the command line throw a key and its values, never an English sentence,
 * and every key they name has its words. Shares the other guards' scanner ({@link SourceWords}); only the
 * statements that throw or make an exception are read here (a log line or an SQL statement has words too), and a
 * programming error's message is for developers.
 */
class NoEnglishProblemsTest {
    static final Path MAIN = Path.of("src/main/java/org/restride");
    static final List<String> PACKAGES = List.of("store", "exchange", "library", "figure", "codec", "io", "app",
            "handout", "cli");
    /** Left out: a statement that neither throws nor makes a failure, and a programming error's. */
    static final SourceWords TOLD = new SourceWords(SourceWords.TWO_WORDS,
            Pattern.compile("^(?![\\s\\S]*(?:\\bthrow\\b|new \\w*Exception\\())|IllegalArgument|IllegalState"));
    /** A key a keyed problem names as a literal: {@code KeyedProblem.of("problems.store.gone"}. */
    static final Pattern KEY = Pattern.compile("KeyedProblem\\.of\\(\\s*\"([\\w.-]+)\"");
    /** A refusal's problem key, when written as a literal: {@code new ValidationException(path, "json.missing"}. */
    static final Pattern REFUSAL = Pattern.compile("new ValidationException\\(\\s*(?:\"[^\"]*\"|[^\",;]+?)\\s*,\\s*\"([\\w.]+)\"");
    /**
     * Files still throwing words, with how many literals each still has; each number may only fall, and a file
     * that reaches none must come off the list.
     */
    static final Map<String, Integer> STILL_TO_KEY = Map.ofEntries(
            Map.entry("figure/PdfVectorCanvas.java", 1),
            Map.entry("handout/layout/DocumentFonts.java", 2),
            Map.entry("handout/layout/FontLibrary.java", 1),
            Map.entry("io/SafeFiles.java", 2),
            Map.entry("store/Migrations.java", 1));

    @Test
    void noFailureAboveTheDomainIsToldInEnglish() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (Path file : sources()) {
            String name = MAIN.relativize(file).toString().replace('\\', '/');
            List<String> literals = TOLD.in(Files.readString(file));
            if (!literals.isEmpty()) {
                found.put(name, literals.size());
            }
            if (literals.size() > STILL_TO_KEY.getOrDefault(name, 0)) {
                literals.forEach(literal -> lines.add(name + ": \"" + literal + "\""));
            }
        }
        assertEquals(List.of(), lines, "throw a keyed problem (KeyedProblem.of(\"problems.<area>.<name>\", values)) "
                + "and put its words in text/en/problems.properties");
        Map<String, Integer> shrunk = new TreeMap<>();
        STILL_TO_KEY.forEach((name, count) -> {
            if (found.getOrDefault(name, 0) < count) {
                shrunk.put(name, found.getOrDefault(name, 0));
            }
        });
        assertEquals(Map.of(), shrunk, "fewer words are left in these: lower (or remove) them in STILL_TO_KEY");
    }

    @Test
    void everyProblemKeyNamedHasWords() throws IOException {
        Words words = Words.english();
        List<String> missing = new ArrayList<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher key = KEY.matcher(source);
            while (key.find()) {
                if (!key.group(1).endsWith(".") && !words.has(key.group(1))) {
                    missing.add(MAIN.relativize(file) + ": " + key.group(1));
                }
            }
            Matcher refusal = REFUSAL.matcher(source);
            while (refusal.find()) {
                if (!words.has("validation." + refusal.group(1))) {
                    missing.add(MAIN.relativize(file) + ": validation." + refusal.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "add these to text/en/problems.properties (validation.properties for a refusal)");
    }

    @Test
    void theScanSeesASentenceThrownAndNotAKeyOrALogLine() {
        assertEquals(List.of("That roadmap is no longer in the database."), TOLD.in(
                "throw new StoreException(\"That roadmap is no longer in the database.\");"));
        assertEquals(List.of(" cannot be read ("), TOLD.in(
                "x.orElseThrow(() -> new ExchangeException(file + \" cannot be read (\" + e + \").\"));"));
        assertEquals(List.of(), TOLD.in(
                "throw new StoreException(KeyedProblem.of(\"problems.store.roadmapGone\"));"));
        assertEquals(List.of(), TOLD.in("LOG.info(\"Database restored from a backup\");"));
        assertEquals(List.of(), TOLD.in(
                "throw new IllegalStateException(\"no drawing for this prop\");"));
    }

    @Test
    void aKeyedProblemIsToldInWordsWithItsCauseAndARefusalInside() {
        Words words = Words.english();
        StoreException gone = new StoreException(KeyedProblem.of("problems.store.noExercise", "bridge"));
        assertEquals("There is no exercise \"bridge\" in the library.", Problems.sentence(words, gone));
        assertEquals(Problems.sentence(words, gone), gone.getMessage(), "the log reads the same English");

        StoreException because = new StoreException(KeyedProblem.of("problems.store.restoreUnfinished",
                new IOException("Permission denied\nsecond line")), null);
        assertEquals("The restore could not be finished (Permission denied).", Problems.sentence(words, because),
                "the system's reason, its first line only");

        ValidationException refused = new ValidationException("phases", "json.missing");
        StoreException told = new StoreException(KeyedProblem.of("problems.cause", refused), refused);
        assertEquals("Phases is missing.", Problems.sentence(words, told));
    }

    @Test
    void aListOfProblemsIsJoinedAndEachQuotesOnlyAShortEscapedName() {
        String name = "Wall sit\n" + "x".repeat(200);
        String said = new ImportOutcome.Duplicate(List.of(new Clash(Clash.Kind.EXERCISE, "own-wall-sit", name, name),
                new Clash(Clash.Kind.TEMPLATE, "run", "Run", "Run"))).problem().in(Words.english());
        assertTrue(said.startsWith("2 items of the file are already here with different content: exercise \"own-wall-sit\" "
                + "(Wall sit\\n"), said);
        assertTrue(said.endsWith("), template \"run\" (Run)."), said);
        assertTrue(said.length() < 200, "the name is cut: " + said.length());
    }

    @Test
    void aFailureNobodyPlannedForIsNotShownAsItsMessage() {
        String said = Problems.sentence(Words.english(), new IllegalStateException("index 3 out of bounds for length 2"));
        assertEquals(Words.english().get("problems.unexpected") + ".", said);
        assertTrue(!said.contains("index"), said);
    }

    @Test
    void aProblemIsNamedByAKeyNeverBySentence() {
        assertThrows(IllegalArgumentException.class, () -> KeyedProblem.of("That roadmap is gone."));
    }

    private static List<Path> sources() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String area : PACKAGES) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(area))) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(all::add);
            }
        }
        return all;
    }
}
