package org.restride.domain;

import org.restride.text.Words;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.restride.domain.Refused.said;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordValidationTest {
    static final LocalDate BIRTH = LocalDate.of(2026, 9, 1);

    static Patient patient(String name) {
        return new Patient(null, name, null, BIRTH, DeliveryType.VAGINAL, null, 1, false, List.of(), null);
    }

    @Test
    void patientWeeksPostpartumAreWorkedOutFromTheDeliveryDate() {
        Patient p = patient("Ana Souza");
        assertEquals(0, p.weeksPostpartum(BIRTH));
        assertEquals(11, p.weeksPostpartum(BIRTH.plusWeeks(12).minusDays(1)));
        assertEquals(12, p.weeksPostpartum(BIRTH.plusWeeks(12)));
        assertEquals("Ana", p.firstName());
    }

    @Test
    void patientProblemsNameTheirField() {
        assertEquals("name", assertThrows(ValidationException.class, () -> patient("  ")).field());
        assertEquals("perinealTearGrade", assertThrows(ValidationException.class,
                () -> new Patient(null, "A", null, BIRTH, DeliveryType.VAGINAL, 5, 1, false, List.of(), null)).field());
        assertEquals("births", assertThrows(ValidationException.class,
                () -> new Patient(null, "A", null, BIRTH, DeliveryType.VAGINAL, null, 0, false, List.of(), null)).field());
        assertEquals("dateOfBirth", assertThrows(ValidationException.class,
                () -> new Patient(null, "A", BIRTH, BIRTH, DeliveryType.VAGINAL, null, 1, false, List.of(), null)).field());
    }

    @Test
    void weekRangesAreOrdered() {
        ValidationException e = assertThrows(ValidationException.class, () -> new WeekRange(12, 6));
        assertEquals("to week must be between 12 and 156 (was 6)", said(e));
    }

    @Test
    void aPhaseHoldsAtMostSixtyExercises() {
        PhaseItem item = new PhaseItem("glute-bridge", Dosage.simple(1, Amount.of(DoseUnit.REPS, 5)), null);
        Phase full = new Phase(PhaseKind.STRENGTH, "Strength", null, new WeekRange(6, 12),
                Collections.nCopies(Phase.MAX_ITEMS, item), List.of());
        assertEquals(60, full.items().size());
        assertThrows(ValidationException.class, () -> full.withItems(Collections.nCopies(61, item)));
    }

    @Test
    void enumKeysRoundTripAndUnknownKeysListTheAllowedOnes() {
        for (Position p : Position.values()) {
            assertEquals(p, Position.fromKey(p.key()));
        }
        assertEquals("side-lying", Position.SIDE_LYING.key());
        assertEquals("Side lying", Words.english().label(Position.SIDE_LYING));
        ValidationException e = assertThrows(ValidationException.class, () -> Region.fromKey("elbow"));
        assertEquals("region must be one of pelvic-floor, core, hips, legs, feet, back, upper-body, whole-body (was \"elbow\")",
                said(e));
    }

    @Test
    void exerciseIdsAreSlugs() {
        ValidationException e = assertThrows(ValidationException.class, () -> TestExercises.exercise("Glute Bridge!", "x"));
        assertEquals("id", e.field());
    }

    @Test
    void foldingIgnoresCaseAndAccents() {
        assertEquals("zoe lea", TextFold.fold("Zoë LÉA"));
    }
}
