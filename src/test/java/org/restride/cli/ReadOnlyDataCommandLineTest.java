package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder (or database) that someone made read-only is read and never written: the commands that only read
 * it work, the ones that would change it say "read-only" in one line, and no file in it changes, not even its
 * permissions. This holds for an administrator too, whom the system lets write anywhere.
 */
class ReadOnlyDataCommandLineTest {
    @TempDir
    Path folder;
    Path data;

    @BeforeEach
    void sampleClinic() throws Exception {
        data = CliRun.sampleClinic(folder);
        assertEquals(0, CliRun.inData(data, "export", "--roadmap", "1", "--out", folder.resolve("first.pdf").toString()).code());
        Files.writeString(folder.resolve("own.json"), SafetyCommandLineTest.libraryJson("own-stretch", "Our stretch"));
    }

    @AfterEach
    void writableAgain() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(data.resolve("restride.db"), PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aReadOnlyFolderIsReadAndNothingInItChanges() throws Exception {
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        everyReaderWorksAndEveryWriterIsRefused("The data folder");
        assertEquals("r-x------", DataFolderCommandLineTest.permissions(data), "not made writable again");
    }

    @Test
    void aReadOnlyDatabaseIsReadAndNotWritten() throws Exception {
        Path db = data.resolve("restride.db");
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--------"));
        everyReaderWorksAndEveryWriterIsRefused("The database");
        assertEquals("r--------", DataFolderCommandLineTest.permissions(db), "not made writable again");
    }

    @Test
    void aReadOnlyFolderWithNoDatabaseSaysSoInOneLine() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("r-x------"));
        try {
            DataFolderCommandLineTest.refusedInOneLine(CliRun.inData(empty, "library", "list"), "read-only and holds no");
            try (Stream<Path> inside = Files.list(empty)) {
                assertEquals(0, inside.count());
            }
        } finally {
            Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Plain recover only checks and reports: on a read-only folder it says what is wrong and that fixing needs write access. */
    @Test
    void recoverChecksAReadOnlyFolderAndSaysFixingNeedsWriteAccess() throws Exception {
        Path other = Files.createDirectories(folder.resolve("other"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other.resolve("restride.db"));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE songs (title TEXT)");
        }
        Map<String, String> before = snapshot(other);
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("r-x------"));
        try {
            CliRun run = CliRun.inData(other, "recover");
            assertEquals(0, run.code(), run.err());
            assertTrue(run.out().contains("not a Restride one"), run.out());
            assertTrue(run.out().contains("is read-only, so this was only a check and nothing was changed. Fixing a "
                    + "database needs write access"), run.out());
            assertEquals(before, snapshot(other), "nothing made beside it, not even a -shm file");
        } finally {
            Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private void everyReaderWorksAndEveryWriterIsRefused(String refusal) throws Exception {
        Map<String, String> before = snapshot(data);
        assertRead(CliRun.inData(data, "library", "list"), "Glute bridge");
        assertRead(CliRun.inData(data, "library", "search", "bridge"), "Glute bridge");
        assertRead(CliRun.inData(data, "handouts", "--patient", "1"), "exported");
        assertRead(CliRun.inData(data, "handouts", "--write", "1", "--out", out("again.pdf")), "as issued");
        assertRead(CliRun.inData(data, "backup", "--list"), "");
        CliRun recover = CliRun.inData(data, "recover");
        assertRead(recover, "is whole; there is nothing to recover");
        assertFalse(recover.out().contains("write access"), "a whole database needs no fixing: " + recover.out());
        assertRead(CliRun.inData(data, "backup", "--out", out("copy.db")), "Backed up");
        assertRead(CliRun.inData(data, "library", "export", out("ours.json")), "Wrote");
        assertRead(CliRun.inData(data, "roadmap", "export", "--roadmap", "1", "--out", out("plan.restride")), "Wrote");
        assertRead(CliRun.inData(data, "export", "--template", "return-to-run", "--patient-name", "Ana", "--out",
                out("ana.pdf")), "Wrote");
        CliRun export = CliRun.inData(data, "export", "--roadmap", "1", "--out", out("maya.pdf"));
        assertRead(export, "Wrote");
        assertTrue(export.err().contains("not kept in her history"), export.err());
        assertTrue(Files.size(folder.resolve("maya.pdf")) > 1000);

        for (String[] writer : new String[][] {{"demo"}, {"backup"}, {"library", "import", out("own.json")},
                {"roadmap", "import", out("plan.restride")}, {"restore", out("copy.db")}, {"recover", "--start-fresh", "--force"}}) {
            CliRun run = CliRun.inData(data, writer);
            DataFolderCommandLineTest.refusedInOneLine(run, "is read-only");
            assertTrue(run.err().contains(refusal), run.err());
        }
        assertEquals(before, snapshot(data), "no file in the data folder was made, changed or removed");
    }

    private void assertRead(CliRun run, String expected) {
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(expected), run.out());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private String out(String name) {
        return folder.resolve(name).toString();
    }

    /** Every file under the folder with its size and modification time. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                files.put(root.relativize(p).toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
