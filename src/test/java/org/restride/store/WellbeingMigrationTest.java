package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.Wellbeing;

/**
 * V12 (CLINICAL.md, Also ask about: "record the score, never the items"): visits saved before have no mood or energy
 * check (not asked) and keep everything else; the new column holds the screen's total only, 0–30.
 */
class WellbeingMigrationTest {
    private static final int BEFORE = 11;

    @TempDir
    Path folder;

    @Test
    void oldVisitsReadAsNotAskedAndKeepTheirSymptoms() throws Exception {
        long patientId;
        try (Database old = Database.open(folder.resolve(Database.FILE_NAME), BEFORE)) {
            patientId = OldSchemaPatient.ana(old);
            old.write(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO visits (patient_id, visit_date, symptoms, "
                        + "symptom_contexts, symptom_check_done, worse_next_day, red_flags, updated_at) VALUES (?, "
                        + "'2026-03-01', 'leaking', 'leaking=baseline', 1, 0, '', '2026-04-01T10:00:00Z')")) {
                    st.setLong(1, patientId);
                    st.executeUpdate();
                }
                return null;
            });
        }
        try (Database db = Database.openFolder(folder)) {
            assertTrue(db.schemaVersion() > BEFORE);
            RecordedVisit visit = new VisitRepository(db).forPatient(patientId).get(0);
            assertEquals(Wellbeing.NOT_ASKED, visit.visit().wellbeing());
            assertEquals(Set.of(PelvicSymptom.LEAKING), visit.visit().symptoms().symptoms());
            assertThrows(Exception.class, () -> db.write(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("UPDATE visits SET mood_score = 31");
                }
            }), "the column holds a 0–30 total, nothing else");
        }
    }
}
