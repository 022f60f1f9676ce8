package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One built-in exercise row changed outside Restride blocks only what uses it: importing and exporting a roadmap
 * that does not use it, its handout and a verdict still work, and recover names the row and the way back instead
 * of calling the database whole.
 */
class DamagedBuiltInRowCommandLineTest {
    @TempDir
    Path folder;

    @Test
    void onlyWhatUsesTheDamagedRowIsBlocked() throws Exception {
        Path data = CliRun.sampleClinic(folder);
        Path sent = folder.resolve("sent.restride");
        assertEquals(0, CliRun.inData(data, "roadmap", "export", "--roadmap", "1", "--out", sent.toString()).code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("restride.db"));
             Statement st = c.createStatement()) {
            assertEquals(1, st.executeUpdate("UPDATE exercises SET region = 'moon' WHERE id = 'barbell-bench-press'"));
        }
        Path visit = Files.writeString(folder.resolve("visit.json"), "{\"date\": \"" + LocalDate.now() + "\"}");
        String[][] commands = {
            {"roadmap", "import", sent.toString()},
            {"roadmap", "export", "--roadmap", "1", "--out", folder.resolve("again.restride").toString()},
            {"export", "--roadmap", "1", "--out", folder.resolve("h.pdf").toString()},
            {"verdict", "--roadmap", "1", "--visit", visit.toString()},
        };
        for (String[] command : commands) {
            CliRun run = CliRun.inData(data, command);
            assertEquals(0, run.code(), String.join(" ", command) + ": " + run.err());
        }
        CliRun recover = CliRun.inData(data, "recover");
        assertEquals(0, recover.code());
        assertFalse(recover.out().contains("is whole"), recover.out());
        assertTrue(recover.out().contains("exercises, row barbell-bench-press"), recover.out());
        assertTrue(recover.out().contains("restore a backup made before it changed"), recover.out());
    }
}
