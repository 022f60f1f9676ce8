package org.restride.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.io.OutputRefusedException.Reason;

/** Every path a user gives for writing is checked: the data folder, folders, devices and other kinds are refused. */
class OutputGuardTest {
    @TempDir
    Path folder;
    Path data;
    OutputGuard guard;

    @BeforeEach
    void dataFolder() throws Exception {
        data = Files.createDirectories(folder.resolve("data"));
        Files.write(data.resolve("restride.db"), sqlite());
        Files.createDirectories(data.resolve("backups"));
        Files.write(data.resolve("backups/restride-2026-01-01T00-00-00.000Z-auto.db"), sqlite());
        guard = new OutputGuard(data);
    }

    static byte[] sqlite() {
        return sqlite(OutputKind.RESTRIDE_APPLICATION_ID);
    }

    /** The first page of an SQLite database stamped with {@code applicationId}. */
    static byte[] sqlite(int applicationId) {
        byte[] page = new byte[4096];
        byte[] magic = "SQLite format 3\u0000".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(magic, 0, page, 0, magic.length);
        ByteBuffer.wrap(page).putInt(68, applicationId);
        return page;
    }

    static byte[] exchange(String json) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("restride.json"));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    Reason refused(Path path, OutputKind kind) {
        byte[] before = readOrNull(path);
        OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> guard.check(path, kind));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertArrayEquals(before, readOrNull(path), "nothing changed");
        return e.reason();
    }

    static byte[] readOrNull(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.readAllBytes(path) : null;
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void everyFileOfTheDataFolderIsRefusedForEveryKind() throws Exception {
        for (OutputKind kind : OutputKind.values()) {
            for (String name : new String[] {"restride.db", "restride.db-wal", "restride.db-shm", "new.pdf",
                    "backups/restride-2026-01-01T00-00-00.000Z-auto.db", "backups/new.db", "logs/restride-0.log"}) {
                Files.createDirectories(data.resolve("logs"));
                assertEquals(Reason.DATA_FOLDER, refused(data.resolve(name), kind), name + " as " + kind);
            }
        }
    }

    @Test
    void aPlaceInTheDataFolderThatDoesNotExistYetIsToldAsTheDataFolder() {
        for (String name : new String[] {"logs/x.pdf", "not-yet/deeper/x.pdf", "backups/new-folder/x.db"}) {
            assertEquals(Reason.DATA_FOLDER, refused(data.resolve(name), OutputKind.PDF), name);
        }
    }

    @Test
    void dotDotAndSymbolicLinksAreFollowedToTheRealFile() throws Exception {
        Path outside = Files.createDirectories(folder.resolve("out"));
        assertEquals(Reason.DATA_FOLDER, refused(outside.resolve("../data/restride.db"), OutputKind.DATABASE));
        Path link = Files.createSymbolicLink(outside.resolve("handout.pdf"), data.resolve("restride.db"));
        assertEquals(Reason.DATA_FOLDER, refused(link, OutputKind.PDF));
        Path folderLink = Files.createSymbolicLink(folder.resolve("shortcut"), data);
        assertEquals(Reason.DATA_FOLDER, refused(folderLink.resolve("backups/new.restride"), OutputKind.ROADMAP_EXCHANGE));
        Path nowhere = Files.createSymbolicLink(outside.resolve("gone.pdf"), folder.resolve("missing/x.pdf"));
        assertEquals(Reason.UNREADABLE, refused(nowhere, OutputKind.PDF));
    }

    @Test
    void anotherDataFolderIsRefusedToo() throws Exception {
        Path other = Files.createDirectories(folder.resolve("colleague"));
        Files.writeString(other.resolve("restride.lock"), "");
        assertEquals(Reason.DATA_FOLDER, refused(other.resolve("handout.pdf"), OutputKind.PDF));
        assertEquals(Reason.RESTRIDE_FILE, refused(folder.resolve("restride.db"), OutputKind.DATABASE));
    }

    @Test
    void foldersDevicesAndPipesAreRefused() throws Exception {
        assertEquals(Reason.FOLDER, refused(folder, OutputKind.PDF));
        assertEquals(Reason.FOLDER, refused(Path.of("/"), OutputKind.PDF));
        assumeTrue(Files.exists(Path.of("/dev/null")));
        assertEquals(Reason.DEVICE, refused(Path.of("/dev/null"), OutputKind.PDF));
        Path pipe = folder.resolve("pipe.pdf");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);
        assertEquals(Reason.DEVICE, refused(pipe, OutputKind.PDF));
    }

    @Test
    void aFileIsReplacedOnlyByOneOfItsKind() throws Exception {
        Path db = Files.write(folder.resolve("usb.db"), sqlite());
        Path pdf = Files.writeString(folder.resolve("old.pdf"), "%PDF-1.7 rest");
        Path json = Files.writeString(folder.resolve("lib.json"), "\n  {\"format\": \"restride-library\", \"exercises\": []}");
        Path zip = Files.write(folder.resolve("lib.restride"), exchange("{\"format\": \"restride-library\"}"));
        Path notes = Files.writeString(folder.resolve("notes.txt"), "my notes");
        assertEquals(Reason.OTHER_KIND, refused(db, OutputKind.PDF));
        assertEquals(Reason.OTHER_KIND, refused(pdf, OutputKind.DATABASE));
        assertEquals(Reason.OTHER_KIND, refused(notes, OutputKind.JSON));
        assertEquals(Reason.OTHER_KIND, refused(zip, OutputKind.JSON));
        assertEquals(Reason.OTHER_KIND, refused(json, OutputKind.LIBRARY_EXCHANGE));
        assertEquals(pdf.toAbsolutePath(), guard.check(pdf, OutputKind.PDF));
        assertEquals(db.toAbsolutePath(), guard.check(db, OutputKind.DATABASE));
        assertEquals(json.toAbsolutePath(), guard.check(json, OutputKind.JSON));
        assertEquals(zip.toAbsolutePath(), guard.check(zip, OutputKind.LIBRARY_EXCHANGE));
        Path empty = Files.createFile(folder.resolve("empty.pdf"));
        assertEquals(empty.toAbsolutePath(), guard.check(empty, OutputKind.PDF));
        assertEquals(folder.resolve("new.pdf").toAbsolutePath(), guard.check(folder.resolve("new.pdf"), OutputKind.PDF));
    }

    @Test
    void missingOrReadOnlyPlacesAndEmptyNamesAreRefused() throws Exception {
        assertEquals(Reason.NO_PATH, refused(Path.of(""), OutputKind.PDF));
        assertEquals(Reason.NO_PARENT, refused(folder.resolve("missing/x.pdf"), OutputKind.PDF));
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertEquals(Reason.PARENT_NOT_FOLDER, refused(file.resolve("x.pdf"), OutputKind.PDF));
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        // read-only by its mode, as someone made it: held even for an administrator, whom the system lets write
        assertEquals(Reason.PARENT_READ_ONLY, refused(locked.resolve("x.pdf"), OutputKind.PDF));
        Path pdf = Files.writeString(folder.resolve("old.pdf"), "%PDF-1.7\n");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("r--r--r--"));
        assertEquals(Reason.FILE_READ_ONLY, refused(pdf, OutputKind.PDF));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void theMessageQuotesAShortEscapedPath() {
        Path odd = folder.resolve("a\u001b[2Jb" + "x".repeat(500) + ".pdf");
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> new OutputGuard(folder).check(odd, OutputKind.PDF));
        assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
        assertFalse(e.getMessage().contains("x".repeat(100)), e.getMessage());
    }

    @Test
    void aBackupReplacesOnlyARestrideDatabase() throws Exception {
        Path firefox = Files.write(folder.resolve("places.sqlite"), sqlite(0));
        Path other = Files.write(folder.resolve("app.db"), sqlite(0x0f055112));
        Path short_ = Files.writeString(folder.resolve("half.db"), "SQLite format 3\u0000");
        assertEquals(Reason.OTHER_KIND, refused(firefox, OutputKind.DATABASE));
        assertEquals(Reason.OTHER_KIND, refused(other, OutputKind.DATABASE));
        assertEquals(Reason.OTHER_KIND, refused(short_, OutputKind.DATABASE));
        Path ours = Files.write(folder.resolve("friday.db"), sqlite());
        assertEquals(ours.toAbsolutePath(), guard.check(ours, OutputKind.DATABASE));
    }

    @Test
    void aLibraryJsonReplacesOnlyARestrideLibraryFile() throws Exception {
        for (String content : new String[] {"{\"name\": \"my-app\", \"version\": \"1.0.0\"}", "[1,2,3]", "{\"a\":1}",
                "{\"format\": \"restride-roadmap\"}", "{\"format\": \"restride-library\"} trailing", "{\"format\": 7}"}) {
            Path file = Files.writeString(folder.resolve("package.json"), content);
            assertEquals(Reason.OTHER_KIND, refused(file, OutputKind.JSON), content);
        }
        Path ours = Files.writeString(folder.resolve("lib.json"), "{\"version\": 1, \"format\": \"restride-library\"}");
        assertEquals(ours.toAbsolutePath(), guard.check(ours, OutputKind.JSON));
    }

    @Test
    void aRestrideFileReplacesOnlyAValidZipOfItsOwnKind() throws Exception {
        Path roadmap = Files.write(folder.resolve("plan.restride"), exchange("{\"format\": \"restride-roadmap\"}"));
        Path library = Files.write(folder.resolve("lib.restride"), exchange("{\"format\": \"restride-library\"}"));
        Path garbage = Files.write(folder.resolve("bad.restride"), "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
        Path otherZip = Files.write(folder.resolve("photos.restride"), exchange("not json"));
        assertEquals(Reason.OTHER_KIND, refused(roadmap, OutputKind.LIBRARY_EXCHANGE));
        assertEquals(Reason.OTHER_KIND, refused(library, OutputKind.ROADMAP_EXCHANGE));
        assertEquals(Reason.OTHER_KIND, refused(garbage, OutputKind.ROADMAP_EXCHANGE));
        assertEquals(Reason.OTHER_KIND, refused(otherZip, OutputKind.LIBRARY_EXCHANGE));
        assertEquals(roadmap.toAbsolutePath(), guard.check(roadmap, OutputKind.ROADMAP_EXCHANGE));
        assertEquals(library.toAbsolutePath(), guard.check(library, OutputKind.LIBRARY_EXCHANGE));
    }

    @Test
    void aDatabaseThatIsALinkIsGuardedWhereItReallyIs() throws Exception {
        Path elsewhere = Files.createDirectories(folder.resolve("tmp"));
        Path real = Files.write(elsewhere.resolve("real.db"), sqlite());
        Path linked = Files.createDirectories(folder.resolve("linked"));
        Files.createSymbolicLink(linked.resolve("restride.db"), real);
        OutputGuard linkedGuard = new OutputGuard(linked);
        for (String name : new String[] {"real.db", "real.db-wal", "real.db-shm"}) {
            Path target = elsewhere.resolve(name);
            byte[] before = readOrNull(target);
            OutputRefusedException e = assertThrows(OutputRefusedException.class,
                    () -> linkedGuard.check(target, OutputKind.DATABASE), name);
            assertEquals(Reason.DATA_FOLDER, e.reason(), name);
            assertArrayEquals(before, readOrNull(target));
        }
        Path beside = Files.write(elsewhere.resolve("monday.db"), sqlite());
        assertEquals(beside.toAbsolutePath(), linkedGuard.check(beside, OutputKind.DATABASE));
    }

    @Test
    void aNameTooLongIsRefusedWithTheReasonAndAShortQuote() throws Exception {
        for (Path tooLong : new Path[] {folder.resolve("a".repeat(300) + ".pdf"), folder.resolve("é".repeat(128) + ".pdf"),
                folder.resolve(String.join("/", Collections.nCopies(50, "b".repeat(90))) + "/x.pdf")}) {
            OutputRefusedException e = assertThrows(OutputRefusedException.class, () -> guard.check(tooLong, OutputKind.PDF));
            assertEquals(Reason.NAME_TOO_LONG, e.reason());
            assertTrue(e.getMessage().contains("name is too long"), e.getMessage());
            assertTrue(e.getMessage().length() < 200, e.getMessage());
        }
    }
}
