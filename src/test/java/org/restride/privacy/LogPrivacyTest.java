package org.restride.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Logs;
import org.restride.app.Workspace;
import org.restride.cli.CommandLineRunner;
import org.restride.domain.Patient;

/** A realistic session leaves a useful log that names no patient, quotes no note and gives no date of birth. */
class LogPrivacyTest {
    @TempDir
    Path folder;

    @Test
    void theLogOfADayWithTheSampleClinicHoldsNoPatientDetails() throws Exception {
        Path data = folder.resolve("data");
        Path typo = folder.resolve("Maya Okafor.json");
        Files.writeString(typo, "{\"exercises\": [{\"id\": \"own-x\", \"name\": \"Maya Okafor\"}]}");
        List<String[]> session = List.of(
                new String[] {"demo"},
                new String[] {"backup"},
                new String[] {"roadmap", "export", "--roadmap", "1", "--out", folder.resolve("maya-okafor.restride").toString()},
                new String[] {"roadmap", "import", folder.resolve("maya-okafor.restride").toString()},
                new String[] {"library", "search", "Maya"},
                new String[] {"library", "import", typo.toString()},
                new String[] {"export", "--template", "return-to-run", "--patient-name", "Maya Okafor", "--out",
                        folder.resolve("Maya Okafor.pdf").toString()},
                new String[] {"restore", folder.resolve("no-such-backup-of-Maya-Okafor.db").toString()},
                new String[] {"backup", "--list"});
        for (String[] command : session) {
            CommandLineRunner.run(Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(command)).toArray(String[]::new),
                    path -> { }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        }
        List<Patient> patients;
        try (Workspace workspace = Workspace.open(data)) {
            patients = workspace.patients().search("");
            for (Patient p : patients) {
                workspace.patients().save(p.withId(p.id()));
            }
        }
        assertEquals(3, patients.size());

        String log = readLogs(data.resolve(Logs.FOLDER));
        assertTrue(log.contains("Backup made"), log);
        assertTrue(log.contains("Roadmap 1 exported"), log);
        assertTrue(log.contains("Command failed"), log);
        List<String> secrets = new ArrayList<>(List.of("Maya", "Okafor", "maya-okafor"));
        for (Patient p : patients) {
            secrets.addAll(List.of(p.displayName().split(" ")));
            secrets.add(p.notes());
            secrets.add(p.dateOfBirth().toString());
            secrets.addAll(p.goals());
        }
        for (String secret : secrets) {
            assertFalse(log.contains(secret), "the log mentions " + secret + ":\n" + log);
        }
    }

    private static String readLogs(Path logs) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
