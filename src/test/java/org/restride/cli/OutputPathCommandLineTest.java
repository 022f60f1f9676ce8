package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that writes where the user says refuses the data folder's files, folders and devices, in one line. */
class OutputPathCommandLineTest {
    @TempDir
    static Path folder;

    static Path data() {
        return folder.resolve("data");
    }

    static CliRun inData(String... args) {
        return CliRun.inData(data(), args);
    }

    @BeforeAll
    static void clinic() {
        assertEquals(0, inData("demo").code());
        assertEquals(0, inData("backup").code());
    }

    /** Every file under the data folder, by its content's digest. */
    static Map<String, String> snapshot() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(data())) {
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.toString().contains("logs")).toList()) {
                files.put(data().relativize(p).toString(),
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }

    static List<String[]> writers(Path target) {
        String out = target.toString();
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"export", "--template", "return-to-run", "--patient-name", "Ana", "--out", out});
        commands.add(new String[] {"library", "export", out});
        commands.add(new String[] {"roadmap", "export", "--template", "return-to-run", "--out", out});
        commands.add(new String[] {"backup", "--out", out});
        return commands;
    }

    @Test
    void noWriterReachesTheDataFolder() throws Exception {
        Path backup = Files.list(data().resolve("backups")).findFirst().orElseThrow();
        Path link = Files.createSymbolicLink(folder.resolve("looks-harmless.pdf"), data().resolve("restride.db"));
        List<Path> targets = List.of(data().resolve("restride.db"), data().resolve("restride.db-wal"),
                data().resolve("restride.db-shm"), backup, data().resolve("backups/new.restride"),
                folder.resolve("elsewhere/../data/restride.db"), link, data(), data().resolve("logs"),
                Path.of("/dev/null"));
        Files.createDirectories(folder.resolve("elsewhere"));
        Map<String, String> before = snapshot();
        for (Path target : targets) {
            for (String[] command : writers(target)) {
                CliRun run = inData(command);
                String what = String.join(" ", command);
                assertEquals(CommandLineRunner.EXIT_FAILED, run.code(), what + ": " + run.out() + run.err());
                assertEquals(1, run.err().lines().count(), what + ": " + run.err());
                assertTrue(run.err().contains("Nothing was written"), what + ": " + run.err());
                assertEquals(before, snapshot(), what);
            }
        }
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aPdfDoesNotReplaceADatabaseButDoesReplaceAPdf() throws Exception {
        Path usb = folder.resolve("usb.db");
        assertEquals(0, inData("backup", "--out", usb.toString()).code());
        byte[] saved = Files.readAllBytes(usb);
        CliRun over = inData("export", "--template", "return-to-run", "--patient-name", "Ana", "--out", usb.toString());
        assertEquals(CommandLineRunner.EXIT_USAGE, over.code(), "a wrong ending is told before what the file is");
        assertTrue(over.err().contains("export writes a file ending in .pdf"), over.err());
        assertTrue(Arrays.equals(saved, Files.readAllBytes(usb)));

        Path pdf = folder.resolve("ana.pdf");
        String[] export = {"export", "--template", "return-to-run", "--patient-name", "Ana", "--out", pdf.toString()};
        assertEquals(0, inData(export).code());
        CliRun again = inData(export);
        assertEquals(0, again.code(), again.err());
        assertEquals(CommandLineRunner.EXIT_USAGE, inData("library", "export", pdf.toString()).code());
        assertEquals(0, inData("backup", "--out", usb.toString()).code(), "a backup replaces an old backup");
    }

    /** A file is written only under a name of its kind: JSON never lands in a file named .pdf. */
    @Test
    void anExportToANameOfAnotherKindIsAUsageErrorAndWritesNothing() throws Exception {
        String[][] refused = {{"library", "export", "x.pdf"}, {"library", "export", "ours"}, {"library", "export", ".json"},
                {"roadmap", "export", "--template", "return-to-run", "--out", "plan.json"},
                {"roadmap", "export", "--template", "return-to-run", "--out", "plan.pdf"}};
        for (String[] command : refused) {
            Path named = folder.resolve(command[command.length - 1]);
            command[command.length - 1] = named.toString();
            CliRun run = inData(command);
            String what = String.join(" ", command) + ": " + run.err();
            assertEquals(CommandLineRunner.EXIT_USAGE, run.code(), what);
            assertEquals(1, run.err().lines().count(), what);
            assertTrue(run.err().contains("writes a file ending in .") && run.err().contains("Nothing was written"), what);
            assertTrue(Files.notExists(named), what);
        }
        for (String name : new String[] {"ours.json", "ours.RESTRIDE", "ours.zip"}) {
            assertEquals(0, inData("library", "export", folder.resolve(name).toString()).code(), name);
        }
        assertEquals(0, inData("roadmap", "export", "--template", "return-to-run", "--out",
                folder.resolve("plan.restride").toString()).code());
    }
}
