package org.restride.store.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.Template;
import org.restride.library.BuiltInLibrary;
import org.restride.library.LibrarySeeder;
import org.restride.store.Database;
import org.restride.store.PatientRepository;
import org.restride.store.SettingsRepository;
import org.restride.store.TemplateRepository;
import org.restride.testing.ChildJvm;

/**
 * Crash safety: a separate process saves roadmaps one transaction at a time and is killed at random moments,
 * 100 times. After every kill the database must pass SQLite's integrity check, hold every save that was
 * acknowledged, and hold no half-saved roadmap.
 */
class KillTest {
    static final String TEMPLATE = "return-to-run";
    static final int KILLS = 100;

    @TempDir
    Path folder;

    static String title(String run, int n) {
        return "run " + run + " save " + n;
    }

    @Test
    void killingTheProcessMidSaveNeverLosesAnAcknowledgedEditNorLeavesAHalfSavedOne() throws Exception {
        long patientId;
        Shape shape;
        try (Database db = Database.openFolder(folder)) {
            new LibrarySeeder(db, BuiltInLibrary.load()).seedIfChanged();
            patientId = new PatientRepository(db).save(new Patient(null, "Test Patient", null, LocalDate.of(2026, 9, 1),
                    DeliveryType.VAGINAL, null, 1, false, List.of(), null)).id();
            Template template = new TemplateRepository(db).find(TEMPLATE).orElseThrow();
            shape = new Shape(template.phases().size(), template.phases().stream().mapToInt(p -> p.items().size()).sum());
        }
        Random random = new Random(20261125L);
        Map<String, Integer> acknowledged = new HashMap<>();
        for (int run = 1; run <= KILLS; run++) {
            String runKey = Integer.toString(run);
            try (ChildJvm child = ChildJvm.start(SaveStream.class, folder.toString(), runKey, Long.toString(patientId))) {
                // most kills land in the stream of saves, after the first one; some during start-up, opening and
                // recovery of the write-ahead log left by the previous kill
                if (random.nextInt(5) > 0) {
                    assertTrue(child.awaitLine("ack " + runKey + " 1", 60), "run " + run + " saved");
                    Thread.sleep(random.nextInt(300));
                } else {
                    Thread.sleep(random.nextInt(600));
                }
                child.kill();
                acknowledged.put(runKey, countAcks(child.allLines(), runKey));
            }
            checkAfterKill(runKey, acknowledged.get(runKey), shape);
        }
        checkEverything(acknowledged, shape);
    }

    private record Shape(int phases, int items) {
    }

    private static int countAcks(List<String> lines, String run) {
        int last = 0;
        for (String line : lines) {
            if (line.startsWith("ack " + run + " ")) {
                last = Math.max(last, Integer.parseInt(line.substring(("ack " + run + " ").length())));
            }
        }
        return last;
    }

    /** Opens the database as the app would after a crash, then checks it and this run's saves. */
    private void checkAfterKill(String run, int acks, Shape shape) {
        try (Database db = Database.openFolder(folder)) {
            assertEquals("ok", integrityCheck(db), "after kill " + run);
            Map<String, Shape> saved = savedRoadmaps(db, "run " + run + " save %");
            for (int n = 1; n <= acks; n++) {
                assertTrue(saved.containsKey(title(run, n)), "acknowledged save " + n + " of run " + run + " is present");
            }
            saved.forEach((title, found) -> assertEquals(shape, found, title + " is whole"));
            int counted = new SettingsRepository(db).get("saves-in-run-" + run).map(Integer::parseInt).orElse(0);
            assertTrue(counted >= acks, "the settings update of every acknowledged save is present");
            assertEquals(saved.size(), counted, "the roadmap and the settings update of a save are all or nothing");
        }
    }

    private void checkEverything(Map<String, Integer> acknowledged, Shape shape) {
        try (Database db = Database.openFolder(folder)) {
            assertEquals("ok", integrityCheck(db));
            Map<String, Shape> saved = savedRoadmaps(db, "run %");
            List<String> missing = new ArrayList<>();
            acknowledged.forEach((run, acks) -> {
                for (int n = 1; n <= acks; n++) {
                    if (!saved.containsKey(title(run, n))) {
                        missing.add(title(run, n));
                    }
                }
            });
            assertEquals(List.of(), missing);
        }
    }

    private static String integrityCheck(Database db) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no answer";
            }
        });
    }

    private static Map<String, Shape> savedRoadmaps(Database db, String titlePattern) {
        return db.read(c -> {
            Map<String, Shape> out = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("SELECT r.title, "
                    + "(SELECT count(*) FROM phases p WHERE p.roadmap_id = r.id), "
                    + "(SELECT count(*) FROM phase_items i JOIN phases p ON i.phase_id = p.id WHERE p.roadmap_id = r.id) "
                    + "FROM roadmaps r WHERE r.title LIKE ?")) {
                st.setString(1, titlePattern);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Shape(rs.getInt(2), rs.getInt(3)));
                    }
                }
            }
            return out;
        });
    }
}
