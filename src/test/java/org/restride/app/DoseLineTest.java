package org.restride.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restride.domain.Amount;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Intensity;
import org.restride.domain.WeightUnit;
import org.restride.text.Words;

/** The dosage in the window's words, part by part. */
class DoseLineTest {
    static final DoseLine DOSE = new DoseLine(Words.english());

    @Test
    void printsTheLineThePtReads() {
        Dosage dosage = new Dosage(3, Amount.of(DoseUnit.REPS, 10), true, null, null, 4, new Intensity.Rpe(6), null, null);
        assertEquals("3 sets × 10 · each side · 4 days a week · RPE 6", DOSE.line(dosage));
    }

    @Test
    void printsRangesHoldsRestAndFrequency() {
        Dosage holds = new Dosage(1, new Amount(DoseUnit.HOLD_SECONDS, 5, 10), false, 30, 2, 7, null, null, null);
        assertEquals("hold 5–10 s · rest 30 s · twice a day · every day", DOSE.line(holds));
        Dosage loaded = new Dosage(4, new Amount(DoseUnit.REPS, 6, 8), false, 120, null, 2,
                new Intensity.Load(40, WeightUnit.KG), "3-1-1", null);
        assertEquals("4 sets × 6–8 · rest 2 min · 2 days a week · 40 kg · tempo 3-1-1", DOSE.line(loaded));
        Dosage band = new Dosage(2, Amount.of(DoseUnit.BREATHS, 5), false, null, 1, 1, new Intensity.Band("green"), null, null);
        assertEquals("2 sets × 5 breaths · once a day · 1 day a week · green band", DOSE.line(band));
    }

    @Test
    void thePartsStayAListForTheViewToLayOut() {
        Dosage dosage = new Dosage(3, Amount.of(DoseUnit.REPS, 10), true, 60, null, 4, new Intensity.Rpe(6), null, null);
        assertEquals(List.of("3 sets × 10", "each side", "rest 1 min", "4 days a week", "RPE 6"), DOSE.parts(dosage));
    }
}
