package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.ValidationException;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.measure.SeededMeasures;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.measure.MeasureSeries;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.domain.measure.SeverityBand;
import org.restride.domain.progress.ProgressFixtures;

class MeasureRepositoryTest {
    @TempDir
    Path folder;
    ProgressStoreFixture fixture;
    MeasureRepository measures;

    @BeforeEach
    void open() {
        fixture = new ProgressStoreFixture(folder, ProgressFixtures.IMPACT);
        measures = new MeasureRepository(fixture.db);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private MeasureScore score(String key, int week, double value) {
        return new MeasureScore(null, fixture.patient.id(), key, fixture.week(week), value, null);
    }

    @Test
    void theSchemaHoldsExactlyTheBuiltInMeasures() {
        assertEquals(SeededMeasures.all(), measures.all());
    }

    @Test
    void aClinicMeasureRoundTripsAndCanBeChanged() {
        OutcomeMeasure own = OutcomeMeasure.custom("Running confidence", 0, 10, 1,
                List.of(new SeverityBand("low", 0, 3.9), new SeverityBand("high", 7, 10)), "Asked at each visit");
        measures.save(own);
        assertEquals(own, measures.find(own.key()).orElseThrow());
        OutcomeMeasure renamed = new OutcomeMeasure(own.key(), "Confidence to run", 0, 10, 1, List.of(), false, false, null);
        measures.save(renamed);
        assertEquals(renamed, measures.find(own.key()).orElseThrow());
        assertEquals(SeededMeasures.all().size() + 1, measures.all().size());
        measures.delete(own.key());
        assertTrue(measures.find(own.key()).isEmpty());
    }

    @Test
    void builtInMeasuresCannotBeChangedOrDeleted() {
        assertThrows(ValidationException.class, () -> measures.save(SeededMeasures.ICIQ_UI_SF));
        OutcomeMeasure impostor = new OutcomeMeasure("iciq-ui-sf", "Mine", 0, 50, 0, List.of(), false, false, null);
        assertThrows(ValidationException.class, () -> measures.save(impostor));
        assertThrows(ValidationException.class, () -> measures.delete("iciq-ui-sf"));
        assertEquals(SeededMeasures.ICIQ_UI_SF, measures.find("iciq-ui-sf").orElseThrow());
    }

    @Test
    void aMeasureWithScoresKeepsThemSafe() {
        OutcomeMeasure own = measures.save(OutcomeMeasure.custom("Confidence", 0, 10, 0, List.of(), null));
        measures.addScore(score(own.key(), 10, 8), fixture.week(12));
        ValidationException narrowed = assertThrows(ValidationException.class, () -> measures.save(
                new OutcomeMeasure(own.key(), "Confidence", 0, 5, 0, List.of(), false, false, null)));
        assertEquals("measure range must include the 1 saved score(s) outside 0–5", said(narrowed));
        assertThrows(ValidationException.class, () -> measures.delete(own.key()));
        assertEquals(1, measures.scores(fixture.patient.id()).size());
    }

    @Test
    void scoresAreCheckedAndComeBackAsASeriesInDateOrder() {
        measures.addScore(score(BuiltInMeasures.ICIQ_UI_SF, 14, 6), fixture.week(20));
        MeasureScore first = measures.addScore(score(BuiltInMeasures.ICIQ_UI_SF, 8, 11), fixture.week(20));
        assertThrows(ValidationException.class, () -> measures.addScore(score(BuiltInMeasures.ICIQ_UI_SF, 9, 22), fixture.week(20)));
        ValidationException future = assertThrows(ValidationException.class,
                () -> measures.addScore(score(BuiltInMeasures.ICIQ_UI_SF, 30, 3), fixture.week(20)));
        assertEquals("scoreDate", future.field());
        MeasureSeries series = measures.series(fixture.patient.id(), BuiltInMeasures.ICIQ_UI_SF);
        assertEquals(List.of(11.0, 6.0), series.scores().stream().map(MeasureScore::value).toList());
        assertEquals(first, series.scores().get(0));
        measures.deleteScore(first.id());
        assertEquals(1, measures.series(fixture.patient.id(), BuiltInMeasures.ICIQ_UI_SF).scores().size());
    }

    @Test
    void thePfdiTotalSeriesIsWorkedOutFromTheScales() {
        measures.addScore(score(BuiltInMeasures.UDI_6, 10, 25), fixture.week(20));
        measures.addScore(score(BuiltInMeasures.CRADI_8, 10, 12.5), fixture.week(20));
        measures.addScore(score(BuiltInMeasures.POPDI_6, 10, 8.33), fixture.week(20));
        measures.addScore(score(BuiltInMeasures.UDI_6, 16, 4.17), fixture.week(20));
        MeasureSeries total = measures.series(fixture.patient.id(), BuiltInMeasures.PFDI_20_TOTAL);
        assertEquals(List.of(45.83), total.scores().stream().map(MeasureScore::value).toList());
        assertEquals(List.of("PFDI-20: UDI-6 (urinary)", "PFDI-20: CRADI-8 (colorectal)", "PFDI-20: POPDI-6 (prolapse)", "PFDI-20 total"),
                measures.seriesWithScores(fixture.patient.id()).stream().map(s -> s.measure().name()).toList());
    }
}
