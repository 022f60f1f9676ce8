package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line that says where something was written shows a line break or carriage return inside the path escaped
 * ("\n"), so a file name cannot print a fake second line; the line's own end stays, and the file is written.
 */
class SuccessLineCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void aLineBreakInAWrittenPathIsShownEscaped() throws Exception {
        Path data = CliRun.sampleClinic(folder);
        Path odd = Files.createDirectories(folder.resolve("a\nWrote \r/elsewhere"));
        List<String[]> commands = List.of(
                new String[] {"export", "--roadmap", "1", "--out", odd.resolve("h\n.pdf").toString()},
                new String[] {"handouts", "--write", "1", "--out", odd.resolve("again\n.pdf").toString()},
                new String[] {"backup", "--out", odd.resolve("b\r\n.db").toString()},
                new String[] {"library", "export", odd.resolve("l\n.json").toString()},
                new String[] {"roadmap", "export", "--template", "return-to-run", "--out", odd.resolve("r\n.restride").toString()});
        for (String[] command : commands) {
            CliRun run = CliRun.inData(data, command);
            String what = command[0] + " " + command[1];
            assertEquals(0, run.code(), what + ": " + run.err());
            assertTrue(Files.isRegularFile(Path.of(command[command.length - 1])), what);
            String firstLine = run.out().lines().findFirst().orElseThrow();
            assertTrue(firstLine.contains("a\\nWrote \\r/elsewhere"), what + ": " + run.out());
            assertTrue(run.out().lines().noneMatch(l -> l.startsWith("Wrote \\r")) && !run.out().contains("\r"), run.out());
        }
    }
}
