package org.restride.store;

import static org.restride.domain.Refused.said;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.Amount;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.Criterion;
import org.restride.domain.DeliveryType;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Exercise;
import org.restride.domain.Intensity;
import org.restride.domain.PaperSize;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.Template;
import org.restride.domain.TestExercises;
import org.restride.domain.ValidationException;
import org.restride.domain.WeekRange;
import org.restride.domain.WeightUnit;

class RepositoryRoundTripTest extends FreshDatabase {

    @BeforeEach
    void open() {
        new ExerciseRepository(db).save(TestExercises.exercise("glute-bridge", "Glute bridge"));
        new ExerciseRepository(db).save(TestExercises.exercise("calf-raise", "Calf raise"));
    }

    @Test
    void exercisesComeBackAsTheyWereSaved() {
        Exercise bridge = TestExercises.exercise("glute-bridge", "Glute bridge");
        assertEquals(bridge, new ExerciseRepository(db).find("glute-bridge").orElseThrow());
        assertEquals(List.of("calf-raise", "glute-bridge"), List.copyOf(
                new ExerciseRepository(db).findAll(List.of("glute-bridge", "calf-raise", "missing")).keySet()).stream().sorted().toList());
    }

    @Test
    void patientsComeBackAndAreFoundByAnyPartOfTheirName() {
        PatientRepository patients = new PatientRepository(db);
        Patient saved = patients.save(new Patient(null, "Zoë Ōkubo-Smith", LocalDate.of(1994, 3, 2), LocalDate.of(2026, 8, 1),
                DeliveryType.CAESAREAN, null, 2, true, List.of("Run 5 km", "Lift my toddler"), "Notes ".repeat(1000)));
        assertEquals(saved, patients.find(saved.id()).orElseThrow());
        assertEquals(List.of(saved), patients.search("zoe"));
        assertEquals(List.of(saved), patients.search("OKUBO"));
        assertTrue(patients.search("maria").isEmpty());
        Patient renamed = patients.save(new Patient(saved.id(), "Zoë Smith", null, saved.deliveryDate(),
                DeliveryType.VAGINAL, 3, 1, false, List.of(), null));
        assertEquals(renamed, patients.find(saved.id()).orElseThrow());
    }

    @Test
    void roadmapsKeepPhaseOrderItemsDosagesAndCriteria() {
        long patientId = new PatientRepository(db).save(new Patient(null, "Ana", null, LocalDate.of(2026, 8, 1),
                DeliveryType.VAGINAL, 1, 1, false, List.of(), null)).id();
        RoadmapRepository roadmaps = new RoadmapRepository(db);
        Roadmap saved = roadmaps.save(new Roadmap(null, patientId, "Back to running", "Run 5 km", RoadmapStatus.DRAFT, 1,
                List.of(phase(PhaseKind.FOUNDATION, "Foundation"), phase(PhaseKind.IMPACT, "Impact"), emptyPhase()),
                LocalDate.of(2026, 10, 1)));
        assertEquals(saved, roadmaps.find(saved.id()).orElseThrow());

        Roadmap reordered = saved.withPhases(List.of(saved.phases().get(1), saved.phases().get(0)));
        roadmaps.save(reordered);
        assertEquals(reordered, roadmaps.find(saved.id()).orElseThrow());
        assertEquals(List.of(reordered), roadmaps.forPatient(patientId));

        new PatientRepository(db).delete(patientId);
        assertTrue(roadmaps.find(saved.id()).isEmpty(), "a patient's roadmaps go with her");
    }

    @Test
    void anExerciseInUseCannotBeDeletedFromUnderARoadmap() {
        long patientId = new PatientRepository(db).save(new Patient(null, "Ana", null, LocalDate.of(2026, 8, 1),
                DeliveryType.VAGINAL, 1, 1, false, List.of(), null)).id();
        new RoadmapRepository(db).save(new Roadmap(null, patientId, "Plan", null, RoadmapStatus.DRAFT, 0,
                List.of(phase(PhaseKind.STRENGTH, "Strength")), LocalDate.of(2026, 10, 1)));
        assertThrows(StoreException.class, () -> db.write(c -> c.createStatement().executeUpdate(
                "DELETE FROM exercises WHERE id = 'glute-bridge'")));
    }

    @Test
    void templatesRoundTripAndBuiltInsAreProtected() {
        TemplateRepository templates = new TemplateRepository(db);
        Template builtIn = new Template("return-to-run", "Return to running", "Run", true, List.of(phase(PhaseKind.RUN, "Run")));
        templates.save(builtIn);
        assertEquals(builtIn, templates.find("return-to-run").orElseThrow());
        Template clash = new Template("return-to-run", "Mine", null, false, List.of());
        assertThrows(StoreException.class, () -> templates.save(clash));
        assertThrows(StoreException.class, () -> templates.delete("return-to-run"));
        Template own = new Template("our-runners", "Our runners", null, false, List.of(phase(PhaseKind.IMPACT, "Hops")));
        templates.save(own);
        assertEquals(List.of(builtIn, own), templates.all());
        templates.delete("our-runners");
        assertEquals(List.of(builtIn), templates.all());
    }

    @Test
    void theClinicProfileRoundTripsWithItsLogo() {
        ClinicProfileRepository profiles = new ClinicProfileRepository(db);
        assertEquals(PaperSize.A4, profiles.load().paperSize());
        ClinicProfile profile = new ClinicProfile("Riverside", "1 Lane", "123", "a@b.c", "b.c", new byte[] {1, 2, 3},
                "Hannah", "PT", PaperSize.LETTER, WeightUnit.LB, "en", "Take care.");
        profiles.save(profile);
        ClinicProfile loaded = profiles.load();
        assertEquals("Riverside", loaded.clinicName());
        assertEquals(PaperSize.LETTER, loaded.paperSize());
        assertEquals(WeightUnit.LB, loaded.units());
        assertEquals(3, loaded.logo().length);
        assertEquals("Take care.", loaded.disclaimer());
        assertEquals(null, loaded.country());
        assertEquals(ClinicianTerm.PHYSICAL_THERAPIST, loaded.clinicianTerm());
        profiles.save(profile.withCountry(" gb ", ClinicianTerm.PHYSIOTHERAPIST));
        assertEquals("GB", profiles.load().country());
        assertEquals(ClinicianTerm.PHYSIOTHERAPIST, profiles.load().clinicianTerm());
        var bad = Assertions.assertThrows(ValidationException.class,
                () -> profile.withCountry("Britain", null));
        Assertions.assertTrue(said(bad).contains("two letters"), said(bad));
    }

    private static Phase phase(PhaseKind kind, String name) {
        Dosage dosage = new Dosage(3, new Amount(DoseUnit.REPS, 8, 12), true, 60, 1, 3, new Intensity.Load(12.5, WeightUnit.KG),
                "3-1-1", "Slow down");
        return new Phase(kind, name, "Why this phase matters.", new WeekRange(6, 12),
                List.of(new PhaseItem("glute-bridge", dosage, "Left side first"),
                        new PhaseItem("calf-raise", Dosage.simple(1, Amount.of(DoseUnit.HOLD_SECONDS, 10)), null)),
                List.of(new Criterion("single-leg-calf-raise", "Single-leg calf raise", Amount.of(DoseUnit.REPS, 20), true, null),
                        Criterion.statement("No leaking on a brisk walk")));
    }

    private static Phase emptyPhase() {
        return new Phase(PhaseKind.CUSTOM, "Later", null, new WeekRange(20, null), List.of(), List.of());
    }
}
