package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.store.Database;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.SettingsRepository;
import org.restride.store.StoreException;

/**
 * A full disk gets its own message, and a write that failed never makes a healthy database look damaged. The disk
 * is filled two ways: SQLite's own page limit (a real SQLITE_FULL) and a file-size limit on a child process.
 */
class DiskFullTest {
    @TempDir
    Path folder;

    @Test
    void aWriteThatDoesNotFitSaysTheDiskIsFullAndLosesNothing() {
        Path data = folder.resolve("data");
        try (Database db = Database.openFolder(data)) {
            new SettingsRepository(db).put("note", "saved before");
            db.read(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + pageCount(st));
                }
                return null;
            });
            StoreException e = assertThrows(StoreException.class,
                    () -> new SettingsRepository(db).put("big", "x".repeat(2_000_000)));
            assertFalse(e instanceof NotRestrideDatabaseException, e.getMessage());
            assertTrue(e.getMessage().startsWith("Not enough free space on the disk that holds " + data), e.getMessage());
            assertFalse(e.getMessage().contains("transaction"), e.getMessage());
            assertEquals("saved before", new SettingsRepository(db).get("note").orElseThrow(), "the connection still works");
            new SettingsRepository(db).put("small", "fits");
            assertEquals("fits", new SettingsRepository(db).get("small").orElseThrow(), "and still saves what fits");
        }
        Database.verify(data.resolve(Database.FILE_NAME));
        try (Database db = Database.openFolder(data)) {
            assertEquals("saved before", new SettingsRepository(db).get("note").orElseThrow());
        }
    }

    private static long pageCount(Statement st) throws SQLException {
        try (var rs = st.executeQuery("PRAGMA page_count")) {
            return rs.getLong(1);
        }
    }

    @Test
    void commandsOnAFullDiskSaySoInOneLineAndNeverCallTheDatabaseDamaged() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/prlimit")), "prlimit sets the file-size limit");
        Path data = CliRun.sampleClinic(folder);
        Path json = Files.writeString(folder.resolve("lib.json"),
                SafetyCommandLineTest.libraryJson("own-big", "Big"));
        long dbSize = Files.size(data.resolve(Database.FILE_NAME));
        Path nativeLib = nativeLibrary();
        for (String[] command : List.of(new String[] {"backup"}, new String[] {"library", "import", json.toString()},
                new String[] {"library", "list"})) {
            Result result = runLimited(data, nativeLib, dbSize / 4, command);
            String what = String.join(" ", command) + ": " + result.err;
            assertFalse(result.err.toLowerCase().contains("damaged"), what);
            assertFalse(result.err.contains("Exception") || result.err.contains("\tat "), what);
            if (result.code != 0) {
                assertEquals(1, result.code, what);
                assertEquals(1, result.err.lines().count(), what);
                assertTrue(result.err.contains("free some space and try again"), what);
            }
        }
        Database.verify(data.resolve(Database.FILE_NAME));
        assertTrue(CliRun.inData(data, "library", "list").out().contains("Glute bridge"), "the data is all there");
    }

    /**
     * On a disk with no room for a single byte (a file-size limit of 0: not even SQLite's {@code -shm} file can be
     * made), the commands that only read still work, with one warning line; the ones that write fail in one line
     * that says the disk is full, never two (the log's failure is not said beside it), and nothing is lost.
     */
    @Test
    void onADiskWithNoRoomAtAllReadingWorksAndEveryCommandSaysOneLine() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/prlimit")), "prlimit sets the file-size limit");
        Path data = CliRun.sampleClinic(folder);
        Path visit = Files.writeString(folder.resolve("visit.json"), "{\"date\": \"" + LocalDate.now() + "\"}");
        Path json = Files.writeString(folder.resolve("lib.json"), SafetyCommandLineTest.libraryJson("own-big", "Big"));
        byte[] before = Files.readAllBytes(data.resolve(Database.FILE_NAME));
        Path nativeLib = nativeLibrary();
        List<String[]> reading = List.of(new String[] {"library", "list"}, new String[] {"library", "search", "bridge"},
                new String[] {"handouts", "--patient", "1"}, new String[] {"backup", "--list"},
                new String[] {"verdict", "--roadmap", "1", "--visit", visit.toString()});
        for (String[] command : reading) {
            Result result = runLimited(data, nativeLib, 0, command);
            String what = String.join(" ", command) + ": " + result.err;
            assertEquals(0, result.code, what);
            assertFalse(result.out.isBlank(), what);
            assertTrue(result.err.lines().count() <= 1, what);
            // backup --list reads the backups folder alone, and says nothing about the disk
            assertTrue(command[0].equals("backup") ? result.err.isEmpty()
                    : result.err.startsWith("restride: warning: the disk that holds " + data + " is full"), what);
        }
        for (String[] command : List.of(new String[] {"backup"}, new String[] {"demo"},
                new String[] {"library", "import", json.toString()})) {
            Result result = runLimited(data, nativeLib, 0, command);
            String what = String.join(" ", command) + ": " + result.err;
            assertEquals(1, result.code, what);
            assertEquals(1, result.err.lines().count(), what);
            assertTrue(result.err.contains("free some space and try again"), what);
            assertFalse(result.err.toLowerCase().contains("damaged") || result.err.contains("Exception"), what);
        }
        assertArrayEquals(before, Files.readAllBytes(data.resolve(Database.FILE_NAME)), "nothing changed");
        Database.verify(data.resolve(Database.FILE_NAME));
    }

    @Test
    void writingAnIssuedHandoutOnAFullDiskSaysSoInOneLine() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/prlimit")), "prlimit sets the file-size limit");
        Path data = CliRun.sampleClinic(folder);
        assertEquals(0, CliRun.inData(data, "export", "--roadmap", "1", "--out", folder.resolve("first.pdf").toString()).code());
        Path copy = folder.resolve("copy.pdf");
        Result result = runLimited(data, nativeLibrary(), 0, "handouts", "--write", "1", "--out", copy.toString());
        String what = "handouts --write: " + result.err;
        assertEquals(1, result.code, what);
        assertEquals(1, result.err.lines().count(), what);
        assertTrue(result.err.contains("free some space and try again"), what);
        assertFalse(result.err.contains("something went wrong") || result.err.contains("Exception"), what);
        assertFalse(Files.exists(copy), "no part of a PDF left");
    }

    record Result(int code, String out, String err) {
    }

    private Result runLimited(Path data, Path nativeLib, long maxFileBytes, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/usr/bin/prlimit", "--fsize=" + maxFileBytes,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-Dorg.sqlite.lib.path=" + nativeLib.getParent(),
                "-Dorg.sqlite.lib.name=" + nativeLib.getFileName(), "-cp", System.getProperty("java.class.path"),
                "org.restride.Launcher", "--data-dir", data.toString()));
        command.addAll(List.of(args));
        // both read through pipes: a file here could not be written under the limit
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), new String(out.get(), StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SQLite's native library, unpacked once here, so the limited process need not write it to a temporary file. */
    private Path nativeLibrary() throws Exception {
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        String resource = "/org/sqlite/native/Linux/" + arch + "/libsqlitejdbc.so";
        try (InputStream in = Database.class.getResourceAsStream(resource)) {
            assumeTrue(in != null, "a Linux build of sqlite-jdbc");
            Path lib = Files.createDirectories(folder.resolve("native")).resolve("libsqlitejdbc.so");
            Files.copy(in, lib);
            return lib;
        }
    }
}
