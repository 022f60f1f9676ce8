package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.codec.ExerciseJson;
import org.restride.domain.TestExercises;

/**
 * A refused file or folder is told as what it really is: a visit, roadmap or library file with something after
 * its JSON names its own kind; random bytes named .restride are "not a zip", not "not JSON"; a file where the
 * backups folder should be, or a folder where the database should be, is told as such (never as a bare path, never
 * as damage); rows are counted from 1, as a person counts them.
 */
class WhatIsWrongCommandLineTest {
    @TempDir
    static Path folder;

    static Path data() {
        return folder.resolve("data");
    }

    static CliRun inData(String... args) {
        return CliRun.inData(data(), args);
    }

    @BeforeAll
    static void sampleClinic() {
        assertEquals(0, inData("demo").code());
    }

    static void refused(CliRun run, String expected) {
        DataFolderCommandLineTest.refusedInOneLine(run, expected);
    }

    @Test
    void somethingAfterTheJsonNamesTheKindOfFile() throws Exception {
        Path visit = Files.writeString(folder.resolve("visit.json"),
                "{\"date\": \"2026-04-20\", \"tests\": []}\n} and more");
        refused(inData("verdict", "--roadmap", "1", "--visit", visit.toString()), "not a whole visit file");

        Path library = Files.writeString(folder.resolve("ours.json"),
                SafetyCommandLineTest.libraryJson("own-trailing", "Trailing") + "\nnot json");
        refused(inData("library", "import", library.toString()), "not a whole library file");

        Path plan = folder.resolve("plan.restride");
        assertEquals(0, inData("roadmap", "export", "--roadmap", "1", "--out", plan.toString()).code());
        Path trailing = folder.resolve("trailing.restride");
        rezip(plan, trailing, "\n{\"extra\": true}");
        CliRun run = inData("roadmap", "import", trailing.toString());
        refused(run, "not a whole roadmap file");
        assertFalse(run.err().contains("library"), run.err());
    }

    @Test
    void randomBytesNamedRestrideAreNotAZipNotBadJson() throws Exception {
        byte[] noise = new byte[5000];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        Path file = Files.write(folder.resolve("shared.restride"), noise);
        for (String[] command : new String[][] {{"library", "import"}, {"roadmap", "import"}}) {
            CliRun run = inData(command[0], command[1], file.toString());
            refused(run, "shared.restride is not a Restride file: a .restride file is a zip, and this one is not");
            assertFalse(run.err().contains("JSON"), run.err());
            assertFalse(run.err().contains("END header"), "no Java words: " + run.err());
        }
    }

    @Test
    void aFileWhereTheBackupsFolderShouldBeIsToldAsSuch() throws Exception {
        Path other = folder.resolve("other");
        assertEquals(0, CliRun.inData(other, "library", "list").code());
        Path backups = Files.writeString(other.resolve("backups"), "my notes");
        byte[] db = Files.readAllBytes(other.resolve("restride.db"));
        Path copy = folder.resolve("copy.db");
        assertEquals(0, inData("backup", "--out", copy.toString()).code());
        for (String[] command : new String[][] {{"backup"}, {"backup", "--list"}, {"restore", copy.toString()}}) {
            CliRun run = CliRun.inData(other, command);
            refused(run, "is a file, where Restride keeps its backups folder");
            assertTrue(run.err().contains("backups"), run.err());
        }
        assertEquals("my notes", Files.readString(backups));
        assertArrayEquals(db, Files.readAllBytes(other.resolve("restride.db")), "the restore did not go ahead");
    }

    @Test
    void aFolderWhereTheDatabaseShouldBeIsNeverCalledDamagedNorMovedAside() throws Exception {
        Path odd = Files.createDirectories(folder.resolve("odd").resolve("restride.db"));
        Files.writeString(odd.resolve("inside.txt"), "kept");
        Path copy = folder.resolve("good.db");
        assertEquals(0, inData("backup", "--out", copy.toString()).code());
        for (String[] command : new String[][] {{"library", "list"}, {"backup"}, {"restore", copy.toString()},
                {"recover"}, {"recover", "--start-fresh", "--force"}, {"recover", "--restore-newest", "--force"}}) {
            CliRun run = CliRun.inData(odd.getParent(), command);
            refused(run, "restride.db is a folder, where Restride keeps its database file");
            assertFalse(run.err().toLowerCase().contains("damaged"), run.err());
        }
        assertEquals("kept", Files.readString(odd.resolve("inside.txt")));
        try (Stream<Path> items = Files.list(odd.getParent())) {
            assertEquals(1, items.count(), "nothing set aside, nothing made beside it");
        }
    }

    @Test
    void rowsAreCountedFromOneInEveryMessage() throws Exception {
        String builtInSecond = "{\"format\": \"restride-library\", \"version\": 1, \"exercises\": ["
                + ExerciseJson.write(TestExercises.exercise("own-first", "First"))
                + "," + ExerciseJson.write(TestExercises.exercise("bridge-band", "Mine"))
                + "]}";
        Path file = Files.writeString(folder.resolve("rows.json"), builtInSecond);
        CliRun run = inData("library", "import", file.toString());
        refused(run, "rows.json: row 2 (\"bridge-band\"): id is the id of a built-in exercise");
        assertFalse(run.err().contains("exercises["), run.err());

        Path visit = Files.writeString(folder.resolve("first.json"),
                "{\"date\": \"2026-04-20\", \"tests\": [{\"criterion\": \"hop-in-place\", \"pian\": 1}]}");
        refused(inData("verdict", "--roadmap", "1", "--visit", visit.toString()), "tests[1].pian is not a field");
    }

    @Test
    void aHugeNumberInAVisitFileIsShownAsWritten() throws Exception {
        String[][] cases = {{"\"symptomCheck\": {\"done\": true, \"pain\": 1e30}",
                        "symptomCheck.pain must be between 0 and 10 (was 1E+30)"},
                {"\"mood\": {\"score\": 100000000000000000000000}",
                        "mood.score must be between 0 and 30 (was 100000000000000000000000)"},
                {"\"readiness\": {\"sleepHours\": 1e400}", "readiness.sleepHours must be between 0 and 24 (was 1E+400)"}};
        for (String[] bad : cases) {
            Path visit = Files.writeString(folder.resolve("huge.json"), "{\"date\": \"2026-04-20\", " + bad[0] + "}");
            CliRun run = inData("verdict", "--roadmap", "1", "--visit", visit.toString());
            refused(run, bad[1]);
            assertFalse(run.err().contains("9223372036854775807"), run.err());
        }
    }

    /** Copies the exchange file with {@code extra} after its JSON. */
    private static void rezip(Path from, Path to, String extra) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(zip.getInputStream(entry).readAllBytes());
                if (entry.getName().equals("restride.json")) {
                    copy.write(extra.getBytes(StandardCharsets.UTF_8));
                }
                copy.closeEntry();
            }
        }
    }
}
