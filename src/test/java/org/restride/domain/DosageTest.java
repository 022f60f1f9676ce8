package org.restride.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restride.domain.Refused.said;

import org.junit.jupiter.api.Test;

class DosageTest {
    @Test
    void aRangeOfOneValueIsJustThatValue() {
        assertEquals("10", new Amount(DoseUnit.REPS, 10, 10).numbers());
    }

    @Test
    void badValuesNameTheFieldAndTheAllowedRange() {
        ValidationException sets = assertThrows(ValidationException.class,
                () -> Dosage.simple(0, Amount.of(DoseUnit.REPS, 10)));
        assertEquals("sets", sets.field());
        assertEquals("sets must be between 1 and 10 (was 0)", said(sets));

        ValidationException reps = assertThrows(ValidationException.class, () -> Amount.of(DoseUnit.REPS, 900));
        assertEquals("min must be between 1 and 100 (was 900)", said(reps));

        ValidationException range = assertThrows(ValidationException.class, () -> new Amount(DoseUnit.REPS, 12, 8));
        assertEquals("max", range.field());

        ValidationException rpe = assertThrows(ValidationException.class, () -> new Intensity.Rpe(11));
        assertTrue(said(rpe).contains("between 0 and 10"));

        ValidationException days = assertThrows(ValidationException.class,
                () -> new Dosage(1, Amount.of(DoseUnit.REPS, 5), false, null, null, 8, null, null, null));
        assertEquals("days per week must be between 1 and 7 (was 8)", said(days));
    }
}
