package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.ValidationException;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.measure.OutcomeMeasure;

/**
 * V11 (CLINICAL.md, Outcome measures: "Scale = mean of the items answered × 25 (0–100). Total = sum of the three
 * (0–300)"): PFDI-20 scale scores take three decimals (3.125, 33.333) after the upgrade; the scores a database held
 * before are kept as they were, and a clinic's own measure keeps its decimals.
 */
class PfdiDecimalsMigrationTest {
    private static final int BEFORE = 10;

    @TempDir
    Path folder;

    @Test
    void scoresStoredBeforeAreKeptAndThreeDecimalsAreAcceptedAfter() {
        long patientId;
        LocalDate day = LocalDate.of(2026, 4, 1);
        OutcomeMeasure own = OutcomeMeasure.custom("Running confidence", 0, 10, 1, List.of(), null);
        try (Database old = Database.open(folder.resolve(Database.FILE_NAME), BEFORE)) {
            patientId = OldSchemaPatient.ana(old);
            old.write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO measure_scores (patient_id, measure_id, score_date, value) SELECT "
                            + patientId + ", id, '2026-03-01', 33.33 FROM outcome_measures WHERE key = 'pfdi-20-udi-6'");
                    st.executeUpdate("INSERT INTO outcome_measures (key, name, min_value, max_value, decimals, built_in, "
                            + "derived) VALUES ('" + own.key() + "', 'Running confidence', 0, 10, 1, 0, 0)");
                }
                return null;
            });
        }
        try (Database db = Database.openFolder(folder)) {
            assertTrue(db.schemaVersion() > BEFORE);
            MeasureRepository measures = new MeasureRepository(db);
            assertEquals(3, measures.find(BuiltInMeasures.UDI_6).orElseThrow().decimals());
            assertEquals(3, measures.find(BuiltInMeasures.PFDI_20_TOTAL).orElseThrow().decimals());
            assertEquals(0, measures.find(BuiltInMeasures.ICIQ_UI_SF).orElseThrow().decimals());
            assertEquals(own, measures.find(own.key()).orElseThrow(), "a clinic's measure keeps its one decimal");

            measures.addScore(new MeasureScore(null, patientId, BuiltInMeasures.UDI_6, day, 33.333, null), day);
            measures.addScore(new MeasureScore(null, patientId, BuiltInMeasures.CRADI_8, day, 3.125, null), day);
            assertThrows(ValidationException.class, () -> measures.addScore(
                    new MeasureScore(null, patientId, BuiltInMeasures.POPDI_6, day, 4.1667, null), day));
            assertEquals(List.of(33.33, 33.333), measures.scores(patientId).stream()
                    .filter(s -> s.measureKey().equals(BuiltInMeasures.UDI_6)).map(MeasureScore::value).toList());

            OutcomeMeasure precise = OutcomeMeasure.custom("Bother index", 0, 100, 3, List.of(), null);
            measures.save(precise);
            assertEquals(precise, measures.find(precise.key()).orElseThrow(), "three decimals round-trip for a clinic's own");
        }
    }
}
