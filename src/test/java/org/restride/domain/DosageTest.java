package org.restride.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DosageTest {
    @Test
    void printsTheLineThePatientReads() {
        Dosage dosage = new Dosage(3, Amount.of(DoseUnit.REPS, 10), true, null, null, 4, new Intensity.Rpe(6), null, null);
        assertEquals("3 sets × 10 · each side · 4 days a week · RPE 6", dosage.line());
    }

    @Test
    void printsRangesHoldsRestAndFrequency() {
        Dosage holds = new Dosage(1, new Amount(DoseUnit.HOLD_SECONDS, 5, 10), false, 30, 2, 7, null, null, null);
        assertEquals("hold 5–10 s · rest 30 s · twice a day · every day", holds.line());
        Dosage loaded = new Dosage(4, new Amount(DoseUnit.REPS, 6, 8), false, 120, null, 2,
                new Intensity.Load(40, WeightUnit.KG), "3-1-1", null);
        assertEquals("4 sets × 6–8 · rest 2 min · 2 days a week · 40 kg · tempo 3-1-1", loaded.line());
        Dosage band = new Dosage(2, Amount.of(DoseUnit.BREATHS, 5), false, null, 1, 1, new Intensity.Band("green"), null, null);
        assertEquals("2 sets × 5 breaths · once a day · 1 day a week · green band", band.line());
    }

    @Test
    void aRangeOfOneValueIsJustThatValue() {
        assertEquals("10", new Amount(DoseUnit.REPS, 10, 10).numbers());
    }

    @Test
    void badValuesNameTheFieldAndTheAllowedRange() {
        ValidationException sets = assertThrows(ValidationException.class,
                () -> Dosage.simple(0, Amount.of(DoseUnit.REPS, 10)));
        assertEquals("sets", sets.field());
        assertEquals("sets must be between 1 and 10 (was 0)", sets.getMessage());

        ValidationException reps = assertThrows(ValidationException.class, () -> Amount.of(DoseUnit.REPS, 900));
        assertEquals("min must be between 1 and 100 (was 900)", reps.getMessage());

        ValidationException range = assertThrows(ValidationException.class, () -> new Amount(DoseUnit.REPS, 12, 8));
        assertEquals("max", range.field());

        ValidationException rpe = assertThrows(ValidationException.class, () -> new Intensity.Rpe(11));
        assertTrue(rpe.getMessage().contains("between 0 and 10"));

        ValidationException days = assertThrows(ValidationException.class,
                () -> new Dosage(1, Amount.of(DoseUnit.REPS, 5), false, null, null, 8, null, null, null));
        assertEquals("days per week must be between 1 and 7 (was 8)", days.getMessage());
    }
}
