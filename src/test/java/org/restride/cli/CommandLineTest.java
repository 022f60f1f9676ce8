package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path folder;

    record Run(int code, String out, String err, List<Path> windowsOpened) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<Path> opened = new ArrayList<>();
        int code = CommandLineRunner.run(args, opened::add, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString(), opened);
    }

    private String dataDir() {
        return folder.resolve("data").toString();
    }

    @Test
    void searchingForBridgeListsBridges() {
        Run run = run("--data-dir", dataDir(), "library", "search", "bridge");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Glute bridge"), run.out());
        assertTrue(run.out().contains("Single-leg bridge"), run.out());
        assertFalse(run.out().contains("Goblet squat"));
    }

    @Test
    void searchTakesFilters() {
        Run run = run("--data-dir", dataDir(), "library", "search", "--phase", "run", "--impact", "none,low,moderate,high");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Walk–run"), run.out());
        assertFalse(run.out().contains("Glute bridge"));
    }

    @Test
    void listShowsTheWholeLibrary() {
        Run run = run("--data-dir", dataDir(), "library", "list");
        assertEquals(0, run.code());
        assertTrue(run.out().lines().count() >= 150);
    }

    @Test
    void noCommandOpensTheWindowOnTheDataFolder() {
        Run run = run("--data-dir", dataDir());
        assertEquals(0, run.code());
        assertEquals(List.of(Path.of(dataDir()).toAbsolutePath()), run.windowsOpened());
        assertEquals(List.of(Path.of(dataDir()).toAbsolutePath()), run("--data-dir=" + dataDir()).windowsOpened());
    }

    @Test
    void helpListsEveryCommandAndEachCommandHasItsOwn() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String command : List.of("library", "demo", "export", "backup", "restore", "recover", "roadmap")) {
            assertTrue(help.out().contains(command), command + " in " + help.out());
        }
        Run exportHelp = run("--data-dir", dataDir(), "export", "--help");
        assertEquals(0, exportHelp.code());
        assertTrue(exportHelp.out().contains("--roadmap"), exportHelp.out());
        Run typo = run("--data-dir", dataDir(), "exprot");
        assertEquals(CommandLineRunner.EXIT_USAGE, typo.code());
        assertTrue(typo.err().contains("exprot"), typo.err());
    }

    @Test
    void aWindowCommandLineWithMoreInItStillGoesThroughTheParser() {
        Run help = run("--data-dir", dataDir(), "--help");
        assertEquals(0, help.code());
        assertTrue(help.windowsOpened().isEmpty());
        assertTrue(help.out().contains("--data-dir"), help.out());
        Run missing = run("--data-dir");
        assertEquals(CommandLineRunner.EXIT_USAGE, missing.code());
        assertTrue(missing.windowsOpened().isEmpty());
        Run option = run("--data-dir", "--version");
        assertTrue(option.windowsOpened().isEmpty(), "an option is not taken for a folder");
    }

    @Test
    void demoFillsTheFolderAndSaysWhatItAdded() {
        Run first = run("--data-dir", dataDir(), "demo");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("roadmap 1: Your roadmap back to running"), first.out());
        Run second = run("--data-dir", dataDir(), "demo");
        assertTrue(second.out().contains("already"), second.out());
    }

    @Test
    void badInputGetsOneLineAndANonZeroExit() throws Exception {
        Run unknown = run("frobnicate");
        assertEquals(CommandLineRunner.EXIT_USAGE, unknown.code());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());

        Run badOption = run("library", "search", "--colour", "red");
        assertEquals(CommandLineRunner.EXIT_USAGE, badOption.code());
        assertTrue(badOption.err().contains("--colour"));

        Run badPhase = run("--data-dir", dataDir(), "library", "search", "--phase", "swimming");
        assertEquals(CommandLineRunner.EXIT_USAGE, badPhase.code(), "a value an option does not take is a usage error");
        assertTrue(badPhase.err().strip().startsWith("restride: --phase: phase kind must be one of foundation, strength, "
                + "impact, run, lift, custom (was \"swimming\")"), badPhase.err());

        Path badFile = folder.resolve("bad.json");
        Files.writeString(badFile, "{\"format\": \"restride-library\", \"version\": 1, \"exercises\": [{\"id\": \"own-x\"}]}");
        Run badImport = run("--data-dir", dataDir(), "library", "import", badFile.toString());
        assertEquals(CommandLineRunner.EXIT_FAILED, badImport.code());
        assertEquals("restride: bad.json: row 1 (\"own-x\"): name is missing.", badImport.err().strip());
    }

    @Test
    void aDatabaseThatIsNotSqliteIsReportedAndKept() throws Exception {
        Path data = folder.resolve("notdb");
        Files.createDirectories(data);
        Path db = data.resolve("restride.db");
        byte[] text = "my notes".repeat(500).getBytes();
        Files.write(db, text);
        Run run = run("--data-dir", data.toString(), "library", "list");
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("is not a Restride database"), run.err());
        assertArrayEquals(text, Files.readAllBytes(db));
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsReported() throws Exception {
        Path file = folder.resolve("a-file");
        Files.writeString(file, "x");
        Run run = run("--data-dir", file.resolve("inside").toString(), "library", "list");
        assertEquals(CommandLineRunner.EXIT_FAILED, run.code());
        assertTrue(run.err().startsWith("restride: The data folder"), run.err());
    }

    @Test
    void backupWritesTheChosenFile() throws Exception {
        Run backup = run("--data-dir", dataDir(), "backup", "--out", folder.resolve("x.bak").toString());
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().startsWith("Backed up the database to "), backup.out());
        assertTrue(Files.size(folder.resolve("x.bak")) > 0);
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String command : List.of("library", "demo", "export", "backup", "restore", "--data-dir")) {
            assertTrue(help.out().contains(command), command);
        }
    }
}
