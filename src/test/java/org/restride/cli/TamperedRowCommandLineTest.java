package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row changed outside Restride (sqlite3 on the file) so that it no longer makes a valid record is told as a
 * damaged saved record, naming its table and row and no patient's details, with the way back (a backup): never as
 * a value the user typed, never as a damaged database, never a crash; and nothing is changed.
 */
class TamperedRowCommandLineTest {
    @TempDir
    Path folder;
    Path data;

    @BeforeEach
    void sampleClinic() throws Exception {
        data = folder.resolve("data");
        assertEquals(0, CliRun.inData(data, "demo").code());
        Files.writeString(folder.resolve("own.json"), SafetyCommandLineTest.libraryJson("own-tampered", "Our stretch"));
        assertEquals(0, CliRun.inData(data, "library", "import", folder.resolve("own.json").toString()).code());
    }

    private void tamper(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("restride.db"));
             Statement st = c.createStatement()) {
            assertTrue(st.executeUpdate(sql) >= 1, sql);
        }
    }

    private long firstItemOfRoadmap(long roadmap) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("restride.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT min(i.id) FROM phase_items i JOIN phases p ON p.id = i.phase_id "
                     + "WHERE p.roadmap_id = " + roadmap)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void toldAsADamagedRow(CliRun run, String table, String row) {
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("A saved record is damaged (" + table + ", row " + row + ":"), run.err());
        assertTrue(run.err().contains("restore a backup"), run.err());
        assertFalse(run.err().contains("bad value"), "not as if the user typed it: " + run.err());
        assertFalse(run.err().contains("recover"), "one row is not a damaged database: " + run.err());
        assertFalse(run.err().contains("\u001b"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aDosageMadeImpossibleIsToldByItsRow() throws Exception {
        long item = firstItemOfRoadmap(1);
        tamper("UPDATE phase_items SET dosage = json_set(dosage, '$.sets', -5) WHERE id = " + item);
        byte[] before = Files.readAllBytes(data.resolve("restride.db"));
        CliRun export = CliRun.inData(data, "export", "--roadmap", "1", "--out", folder.resolve("maya.pdf").toString());
        toldAsADamagedRow(export, "phase_items", Long.toString(item));
        assertTrue(export.err().contains("sets must be between 1 and 10 (was -5)"), export.err());
        assertFalse(Files.exists(folder.resolve("maya.pdf")));
        toldAsADamagedRow(CliRun.inData(data, "verdict", "--roadmap", "1", "--visit", visit().toString()),
                "phase_items", Long.toString(item));
        assertArrayEquals(before, Files.readAllBytes(data.resolve("restride.db")), "nothing changed");
        assertEquals(0, CliRun.inData(data, "export", "--roadmap", "2", "--out", folder.resolve("b.pdf").toString()).code(),
                "the other roadmaps still print");
    }

    @Test
    void anExerciseNameWithAnEscapeIsToldByItsId() throws Exception {
        tamper("UPDATE exercises SET name = 'Stretch' || char(27) || '[2J' WHERE id = 'own-tampered'");
        toldAsADamagedRow(CliRun.inData(data, "library", "list"), "exercises", "own-tampered");
        toldAsADamagedRow(CliRun.inData(data, "library", "export", folder.resolve("ours.json").toString()),
                "exercises", "own-tampered");
    }

    @Test
    void aPatientRowNamesNoPatientDetails() throws Exception {
        tamper("UPDATE patients SET date_of_birth = '1990-13-45', display_name = 'Zed' || char(27) WHERE id = 1");
        CliRun run = CliRun.inData(data, "export", "--roadmap", "1", "--out", folder.resolve("z.pdf").toString());
        toldAsADamagedRow(run, "patients", "1");
        assertFalse(run.err().contains("1990-13-45") || run.err().contains("Zed"), run.err());
    }

    private Path visit() throws Exception {
        return Files.writeString(folder.resolve("visit.json"), "{\"date\": \"2026-04-20\"}");
    }
}
