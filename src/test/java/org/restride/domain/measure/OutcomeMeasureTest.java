package org.restride.domain.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restride.domain.ValidationException;

class OutcomeMeasureTest {
    private static final OutcomeMeasure ICIQ = SeededMeasures.ICIQ_UI_SF;

    private static String band(double score) {
        return ICIQ.bandFor(score).map(SeverityBand::label).orElse("none");
    }

    @Test
    void iciqBandsFollowKlovning2009AtEveryEdge() {
        assertEquals("none", ICIQ.bandFor(0).orElseThrow().label(), "a total of 0 has its own band");
        assertEquals("0 (none)", ICIQ.describe(0));
        assertEquals("slight", band(1));
        assertEquals("slight", band(5));
        assertEquals("moderate", band(6));
        assertEquals("moderate", band(12));
        assertEquals("severe", band(13));
        assertEquals("severe", band(18));
        assertEquals("very severe", band(19));
        assertEquals("very severe", band(21));
        assertEquals("9 (moderate)", ICIQ.describe(9));
    }

    @Test
    void scoresOutsideTheRangeOrTooPreciseAreRefused() {
        assertEquals("ICIQ-UI Short Form must be between 0 and 21 (was 22)",
                said(assertThrows(ValidationException.class, () -> ICIQ.check(22))));
        assertEquals("ICIQ-UI Short Form must be between 0 and 21 (was -1)",
                said(assertThrows(ValidationException.class, () -> ICIQ.check(-1))));
        assertEquals("ICIQ-UI Short Form must be a whole number (was 4.5)",
                said(assertThrows(ValidationException.class, () -> ICIQ.check(4.5))));
        assertThrows(ValidationException.class, () -> SeededMeasures.POPDI_6.check(100.01));
    }

    /** CLINICAL.md, Outcome measures: "Each item is 0 (no) or 1–4 bother. Scale = mean of the items answered × 25". */
    @Test
    void pfdiScaleScoresInStepsOfEighthsOrThirdsAreAccepted() {
        Object[][] rows = {
                // measure, score as the clinic's form gives it, accepted?
                {SeededMeasures.CRADI_8, 3.125, true},   // 1 bother point over 8 items: 1/8 × 25
                {SeededMeasures.CRADI_8, 84.375, true},  // 27/8 × 25
                {SeededMeasures.UDI_6, 33.333, true},    // 4/3 × 25, three items answered
                {SeededMeasures.POPDI_6, 4.167, true},   // 1/6 × 25
                {SeededMeasures.UDI_6, 33.33, true},     // rounded to two decimals, as some forms print it
                {SeededMeasures.PFDI_20_TOTAL, 287.5, true},
                {SeededMeasures.UDI_6, 33.3333, false},  // a fourth decimal is a typing slip
                {SeededMeasures.CRADI_8, 100.001, false},
        };
        for (Object[] row : rows) {
            OutcomeMeasure measure = (OutcomeMeasure) row[0];
            double score = (double) row[1];
            if ((boolean) row[2]) {
                assertEquals(score, measure.check(score), measure.name() + " " + score);
            } else {
                assertThrows(ValidationException.class, () -> measure.check(score), measure.name() + " " + score);
            }
        }
        assertEquals("PFDI-20: UDI-6 (urinary) must have at most 3 decimals (was 33.3333)",
                said(assertThrows(ValidationException.class, () -> SeededMeasures.UDI_6.check(33.3333))));
    }

    @Test
    void thePfdiTotalKeepsThreeDecimals() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        List<MeasureScore> totals = BuiltInMeasures.pfdi20Totals(List.of(
                new MeasureScore(1L, 7, BuiltInMeasures.UDI_6, day, 33.333, null),
                new MeasureScore(2L, 7, BuiltInMeasures.CRADI_8, day, 3.125, null),
                new MeasureScore(3L, 7, BuiltInMeasures.POPDI_6, day, 4.167, null)));
        assertEquals(40.625, totals.get(0).value());
    }

    @Test
    void thePfdiTotalIsTheSumOfItsThreeScalesOnDaysWithAllThree() {
        LocalDate first = LocalDate.of(2026, 3, 1);
        LocalDate second = LocalDate.of(2026, 4, 1);
        List<MeasureScore> scores = List.of(
                new MeasureScore(1L, 7, BuiltInMeasures.UDI_6, first, 33.33, null),
                new MeasureScore(2L, 7, BuiltInMeasures.CRADI_8, first, 12.5, null),
                new MeasureScore(3L, 7, BuiltInMeasures.POPDI_6, first, 100, null),
                new MeasureScore(4L, 7, BuiltInMeasures.UDI_6, second, 20.83, null),
                new MeasureScore(5L, 7, BuiltInMeasures.ICIQ_UI_SF, second, 9, null));
        List<MeasureScore> totals = BuiltInMeasures.pfdi20Totals(scores);
        assertEquals(1, totals.size(), "the second day lacks two scales");
        assertEquals(first, totals.get(0).date());
        assertEquals(145.83, totals.get(0).value());
        assertEquals(300, SeededMeasures.PFDI_20_TOTAL.max());
    }

    @Test
    void aClinicMeasureIsKeyedFromItsNameAndItsBandsAreChecked() {
        OutcomeMeasure own = OutcomeMeasure.custom("Confidence to run (0–10)", 0, 10, 0,
                List.of(new SeverityBand("low", 0, 3), new SeverityBand("high", 7, 10)), null);
        assertEquals("clinic-confidence-to-run-0-10", own.key());
        assertEquals(Optional.empty(), own.bandFor(5).map(SeverityBand::label));
        ValidationException overlap = assertThrows(ValidationException.class, () -> OutcomeMeasure.custom("Mine", 0, 10, 0,
                List.of(new SeverityBand("low", 0, 5), new SeverityBand("high", 5, 10)), null));
        assertEquals("band \"high\" must start above where \"low\" ends (5)", said(overlap));
        ValidationException outside = assertThrows(ValidationException.class, () -> OutcomeMeasure.custom("Mine", 0, 10, 0,
                List.of(new SeverityBand("off the scale", 8, 12)), null));
        assertTrue(said(outside).contains("must lie within the measure's range (0–10)"), said(outside));
        assertEquals("highest score must be above the lowest score (10)",
                said(assertThrows(ValidationException.class, () -> OutcomeMeasure.custom("Mine", 10, 10, 0, List.of(), null))));
        assertEquals("measure name must not be empty",
                said(assertThrows(ValidationException.class, () -> OutcomeMeasure.custom(" ", 0, 10, 0, List.of(), null))));
    }

    @Test
    void aSeriesIsInDateOrderWithItsChange() {
        MeasureSeries series = new MeasureSeries(ICIQ, List.of(
                new MeasureScore(2L, 7, ICIQ.key(), LocalDate.of(2026, 5, 1), 6, null),
                new MeasureScore(1L, 7, ICIQ.key(), LocalDate.of(2026, 3, 1), 11, null)));
        assertEquals(List.of(11.0, 6.0), series.scores().stream().map(MeasureScore::value).toList());
        assertEquals(Optional.of(-5.0), series.change());
        assertEquals(6.0, series.latest().orElseThrow().value());
    }
}
