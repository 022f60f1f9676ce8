package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value an option does not take (--paper a5, --region elbows) is a usage error, exit 2, as --language is. */
class BadOptionValueCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void aKeyAnOptionDoesNotTakeIsAUsageError() {
        Path data = CliRun.sampleClinic(folder);
        Path pdf = folder.resolve("a.pdf");
        usage(CliRun.inData(data, "export", "--roadmap", "1", "--paper", "a5", "--out", pdf.toString()), "--paper");
        assertFalse(Files.exists(pdf));
        usage(CliRun.inData(data, "library", "search", "--region", "elbows"), "--region");
        usage(CliRun.inData(data, "library", "search", "--phase", "sprint"), "--phase");
        usage(CliRun.inData(data, "library", "search", "--equipment", "x"), "--equipment");
        usage(CliRun.inData(data, "library", "search", "--position", "x"), "--position");
        usage(CliRun.inData(data, "library", "search", "--impact", "x"), "--impact");
        assertEquals(0, CliRun.inData(data, "export", "--roadmap", "1", "--paper", "A4", "--out", pdf.toString()).code());
    }

    private static void usage(CliRun run, String option) {
        assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(option), run.err());
        assertFalse(run.err().contains("bad value"), run.err());
    }
}
