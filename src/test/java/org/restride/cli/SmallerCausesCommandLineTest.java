package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Dosage;

/** The smaller causes: help on every subcommand, endless searches. */
class SmallerCausesCommandLineTest {
    @TempDir
    static Path folder;

    static CliRun inData(String... args) {
        return CliRun.inData(folder.resolve("data"), args);
    }

    @BeforeAll
    static void library() {
        assertEquals(0, inData("library", "list").code());
    }

    @Test
    void everySubcommandTakesHelp() {
        for (String[] command : new String[][] {{"library", "import", "--help"}, {"library", "search", "--help"},
                {"library", "list", "--help"}, {"library", "export", "--help"}, {"roadmap", "import", "--help"},
                {"roadmap", "export", "--help"}, {"recover", "--help"}, {"restore", "--help"}}) {
            CliRun run = inData(command);
            assertEquals(0, run.code(), String.join(" ", command) + ": " + run.err());
            assertTrue(run.out().contains("Usage:"), run.out());
        }
    }

    @Test
    void aHugeQueryIsRefusedFastWithTheLimitNamed() {
        assertTrue(inData("library", "search", "bri").out().contains("Glute bridge"));
        for (String[] huge : new String[][] {{"bridge ".repeat(15_000)}, "bridge".repeat(50).split("(?<=e)"),
                Collections.nCopies(25_000, "a").toArray(String[]::new)}) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> inData(prepend(huge, "library", "search")));
            assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), run.err());
            assertTrue(run.err().contains("at most 200 characters and 20 words"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        assertEquals(0, inData("library", "search", "single", "leg", "bridge").code());
    }

    /** The counts in the limit message take their noun's number from the text package: "1 word", "21 words". */
    @Test
    void theSearchLimitCountsInWords() {
        CliRun one = inData("library", "search", "a".repeat(201));
        assertTrue(one.err().contains("(this one has 201 characters and 1 word): search for fewer characters."), one.err());
        CliRun many = inData(prepend(Collections.nCopies(21, "ab").toArray(String[]::new), "library", "search"));
        assertTrue(many.err().contains("(this one has 62 characters and 21 words): search for fewer words."), many.err());
    }

    static String[] prepend(String[] rest, String... first) {
        String[] all = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    @Test
    void oneCharacterFindsNamesThatStartWithItAndTheHelpSaysSo() {
        String found = inData("library", "search", "s").out();
        assertTrue(found.contains("Side plank") || found.contains("Single"), found);
        assertTrue(!found.contains("Glute bridge"), found);
        assertTrue(inData("library", "search", "--help").out().contains("One character alone finds only names that start with it"));
    }

    @Test
    void anEmptyBackupNameIsAUsageError() {
        CliRun run = inData("restore", "");
        assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), run.err());
        assertTrue(run.err().contains("name the backup file to restore"), run.err());
    }

    @Test
    void hugeNumbersAreRefusedWithTheRangeTheFieldAllowsAndShownAsWritten() throws Exception {
        String good = SafetyCommandLineTest.libraryJson("own-numbers", "Numbers");
        Assumptions.assumeTrue(good.contains("\"sets\"") && good.contains("\"min\""), good);
        String sets = "sets must be between " + Dosage.SETS.min() + " and " + Dosage.SETS.max();
        String[][] cases = {
                {"sets", "1000000000000000000000000000000", sets + " (was 1000000000000000000000000000000)"},
                {"sets", "1e400", sets + " (was 1E+400)"},
                {"sets", "-1e30", sets + " (was -1E+30)"},
                {"sets", "2.5", "sets must be a whole number (was 2.5)"},
                {"min", "1e400", "min must be between 1 and "},
                {"daysPerWeek", "99999999999", "daysPerWeek must be between 1 and 7 (was 99999999999)"}};
        for (String[] number : cases) {
            String json = good.replaceFirst("\"" + number[0] + "\"\\s*:\\s*[^,}]+", "\"" + number[0] + "\": " + number[1]);
            Assumptions.assumeTrue(!json.equals(good) || number[0].equals("daysPerWeek"), number[0]);
            if (json.equals(good)) {
                json = good.replaceFirst("\"sets\"", "\"daysPerWeek\": " + number[1] + ", \"sets\"");
            }
            Path file = Files.writeString(folder.resolve("n.json"), json);
            CliRun run = inData("library", "import", file.toString());
            assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), json);
            assertTrue(run.err().contains(number[2]), run.err());
            assertTrue(!run.err().contains("far too large") && !run.err().contains("9223372036854775807"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
    }

    @Test
    void controlAndInvisibleCharactersAreRefusedOnImportAndQuotedEscaped() throws Exception {
        for (String name : new String[] {"Bridge\u001b[2J\u0007", "Bridge\nFake line", "\u200b", "\u00a0\u3000"}) {
            String json = SafetyCommandLineTest.libraryJson("own-odd", "PLACEHOLDER").replace("PLACEHOLDER",
                    name.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\n", "\\n"));
            Path file = Files.writeString(folder.resolve("odd.json"), json);
            CliRun run = inData("library", "import", file.toString());
            assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), json);
            assertTrue(!run.err().contains("\u001b") && !run.err().contains("\u0007"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("name"), run.err());
        }
        assertTrue(!inData("library", "list").out().contains("own-odd"), "nothing imported");
        CliRun patient = inData("export", "--template", "return-to-run", "--patient-name", "\u200b",
                "--out", folder.resolve("x.pdf").toString());
        assertTrue(patient.code() != 0, patient.out());
        assertTrue(!Files.exists(folder.resolve("x.pdf")));
    }

    @Test
    void escapeCodesInWhatWasTypedAreShownEscapedNeverSentToTheTerminal() {
        for (String[] args : List.of(
                new String[] {"export", "--template", "\u001b[2Jx", "--patient-name", "Ana",
                        "--out", folder.resolve("e.pdf").toString()},
                new String[] {"export", "--roadmap", "1\u001b[2J", "--out", folder.resolve("e.pdf").toString()},
                new String[] {"library", "search", "--\u001b[31mred"})) {
            CliRun run = inData(args);
            assertTrue(run.code() != 0, String.join(" ", args));
            String all = run.out() + run.err();
            assertTrue(all.chars().noneMatch(c -> c == 0x1b), all);
            assertTrue(all.contains("\\u001b["), all);
        }
    }

    @Test
    void anEmptyImportNameIsAUsageError() {
        for (String command : List.of("library", "roadmap")) {
            CliRun run = inData(command, "import", "");
            assertEquals(2, run.code(), command + ": " + run.err());
            assertTrue(run.err().contains("name the file to import"), run.err());
        }
    }
}
