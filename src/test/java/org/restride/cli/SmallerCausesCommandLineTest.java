package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                java.util.Collections.nCopies(25_000, "a").toArray(String[]::new)}) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> inData(prepend(huge, "library", "search")));
            assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), run.err());
            assertTrue(run.err().contains("at most 200 characters and 20 words"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
        }
        assertEquals(0, inData("library", "search", "single", "leg", "bridge").code());
    }

    static String[] prepend(String[] rest, String... first) {
        String[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
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
    void hugeNumbersAreCalledTooLargeAndShownAsWritten() throws Exception {
        String good = SafetyCommandLineTest.libraryJson("own-numbers", "Numbers");
        String sets = "\"sets\" : ";
        int at = good.indexOf("\"sets\"");
        org.junit.jupiter.api.Assumptions.assumeTrue(at > 0, good);
        for (String[] number : new String[][] {{"1000000000000000000000000000000", "far too large (was 1000000000000000000000000000000)"},
                {"1e400", "far too large (was 1E+400)"}, {"2.5", "must be a whole number (was 2.5)"}}) {
            String json = good.replaceFirst("\"sets\"\\s*:\\s*\\d+", "\"sets\": " + number[0]);
            java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("n.json"), json);
            CliRun run = inData("library", "import", file.toString());
            assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), json);
            assertTrue(run.err().contains(number[1]), run.err());
        }
    }

    @Test
    void controlAndInvisibleCharactersAreRefusedOnImportAndQuotedEscaped() throws Exception {
        for (String name : new String[] {"Bridge\u001b[2J\u0007", "Bridge\nFake line", "\u200b", "\u00a0\u3000"}) {
            String json = SafetyCommandLineTest.libraryJson("own-odd", "PLACEHOLDER").replace("PLACEHOLDER",
                    name.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007").replace("\n", "\\n"));
            java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("odd.json"), json);
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
        assertTrue(!java.nio.file.Files.exists(folder.resolve("x.pdf")));
    }
}
