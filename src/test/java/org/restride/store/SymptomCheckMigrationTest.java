package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.SymptomCheck;
import org.restride.domain.progress.SymptomContext;

/**
 * Visits saved before the symptom check said whether it was done (V7): one with anything recorded in it was done,
 * its symptoms counted as coming with exercise; an empty one was not done, never "no symptoms".
 */
class SymptomCheckMigrationTest {
    private static final int BEFORE = 6;

    @TempDir
    Path folder;

    @Test
    void oldVisitsKeepTheirSymptomsAndAnEmptyCheckReadsAsNotDone() throws Exception {
        long patientId;
        try (Database old = Database.open(folder.resolve(Database.FILE_NAME), BEFORE)) {
            patientId = OldSchemaPatient.ana(old);
            old.write(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO visits (patient_id, visit_date, symptoms, pain, "
                        + "worse_next_day, red_flags, updated_at) VALUES (?, ?, ?, ?, 0, '', '2026-04-01T10:00:00Z')")) {
                    Object[][] rows = {{"2026-03-01", "leaking,heaviness", null}, {"2026-03-08", "", 0}, {"2026-03-15", "", null}};
                    for (Object[] row : rows) {
                        st.setLong(1, patientId);
                        st.setString(2, (String) row[0]);
                        st.setString(3, (String) row[1]);
                        st.setObject(4, row[2]);
                        st.executeUpdate();
                    }
                }
                return null;
            });
        }
        try (Database db = Database.openFolder(folder)) {
            assertTrue(db.schemaVersion() > BEFORE);
            List<SymptomCheck> checks = new VisitRepository(db).forPatient(patientId).stream()
                    .map(RecordedVisit::visit).map(v -> v.symptoms()).toList();
            assertEquals(new SymptomCheck(true, Map.of(PelvicSymptom.LEAKING, SymptomContext.WITH_EXERCISE,
                    PelvicSymptom.HEAVINESS, SymptomContext.WITH_EXERCISE), null, false), checks.get(0));
            assertEquals(SymptomCheck.NONE, checks.get(1), "pain 0 recorded: the check was done, no symptoms");
            assertFalse(checks.get(2).done(), "nothing recorded: not done");
        }
    }
}
