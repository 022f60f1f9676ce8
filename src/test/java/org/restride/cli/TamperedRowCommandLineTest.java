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
import java.time.LocalDate;
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
        data = CliRun.sampleClinic(folder);
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
        assertTrue(export.err().contains("sets"), "the field is named: " + export.err());
        assertFalse(export.err().contains("-5"), "the stored value is not quoted: " + export.err());
        assertFalse(Files.exists(folder.resolve("maya.pdf")));
        toldAsADamagedRow(CliRun.inData(data, "verdict", "--roadmap", "1", "--visit", visit().toString()),
                "phase_items", Long.toString(item));
        assertArrayEquals(before, Files.readAllBytes(data.resolve("restride.db")), "nothing changed");
        assertEquals(0, CliRun.inData(data, "export", "--roadmap", "2", "--out", folder.resolve("b.pdf").toString()).code(),
                "the other roadmaps still print");
    }

    @Test
    void anExerciseNameWithAnEscapeIsLeftOutOfTheListOnceAndKeepsItsOwnFileFromPassingAsWhole() throws Exception {
        tamper("UPDATE exercises SET name = 'Stretch' || char(27) || '[2J' WHERE id = 'own-tampered'");
        CliRun list = CliRun.inData(data, "library", "list");
        listedWithoutIt(list, "own-tampered");
        assertTrue(list.out().contains("breathing-360-lying"), "the rest is listed");
        toldAsADamagedRow(CliRun.inData(data, "library", "export", folder.resolve("ours.json").toString()),
                "exercises", "own-tampered");
        assertFalse(Files.exists(folder.resolve("ours.json")), "a file without one of her exercises is not written");
    }

    /**
     * A damaged built-in exercise is one row: the library lists and searches without it (said once), the clinic's
     * own exercises export, roadmaps that do not use it print and get verdicts. A roadmap that uses it is refused
     * with the one line: her handout would otherwise leave out one of her exercises without anyone seeing it.
     */
    @Test
    void aDamagedBuiltInExerciseBlocksOnlyWhatUsesIt() throws Exception {
        tamper("UPDATE exercises SET default_dosage = json_set(default_dosage, '$.sets', -5) WHERE id = 'goblet-squat'");
        listedWithoutIt(CliRun.inData(data, "library", "list"), "goblet-squat");
        CliRun search = CliRun.inData(data, "library", "search", "squat");
        listedWithoutIt(search, "goblet-squat");
        assertTrue(search.out().contains("squat-bodyweight"), search.out());
        assertEquals(0, CliRun.inData(data, "library", "export", folder.resolve("ours.json").toString()).code());
        assertTrue(Files.readString(folder.resolve("ours.json")).contains("own-tampered"));
        assertEquals(0, CliRun.inData(data, "export", "--roadmap", "1", "--out", folder.resolve("a.pdf").toString()).code());
        CliRun verdict = CliRun.inData(data, "verdict", "--roadmap", "1", "--visit", visit(LocalDate.now().toString()).toString());
        assertEquals(0, verdict.code(), verdict.err());
        byte[] before = Files.readAllBytes(data.resolve("restride.db"));
        CliRun lifting = CliRun.inData(data, "export", "--roadmap", "3", "--out", folder.resolve("c.pdf").toString());
        toldAsADamagedRow(lifting, "exercises", "goblet-squat");
        assertFalse(Files.exists(folder.resolve("c.pdf")));
        assertArrayEquals(before, Files.readAllBytes(data.resolve("restride.db")), "nothing changed");
    }

    private static void listedWithoutIt(CliRun run, String id) {
        assertEquals(0, run.code(), run.err());
        assertEquals(1, run.err().lines().count(), "said once: " + run.err());
        assertTrue(run.err().startsWith("restride: warning: A saved record is damaged (exercises, row " + id + ":"),
                run.err());
        assertFalse(run.out().contains(id + " "), run.out());
        assertFalse(run.err().contains("\u001b") && run.err().contains("\u001b[2J"), "no stored text quoted");
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aPatientRowNamesNoPatientDetails() throws Exception {
        tamper("UPDATE patients SET date_of_birth = '1990-13-45', display_name = 'Zed' || char(27) WHERE id = 1");
        CliRun run = CliRun.inData(data, "export", "--roadmap", "1", "--out", folder.resolve("z.pdf").toString());
        toldAsADamagedRow(run, "patients", "1");
        assertFalse(run.err().contains("1990-13-45") || run.err().contains("Zed"), run.err());
    }

    private Path visit() throws Exception {
        return visit("2026-04-20");
    }

    private Path visit(String date) throws Exception {
        return Files.writeString(folder.resolve("visit.json"), "{\"date\": \"" + date + "\"}");
    }
}
