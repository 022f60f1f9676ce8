package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;
import org.restride.domain.DeliveryType;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.TestExercises;
import org.restride.domain.WeekRange;

/** An edit that keeps the roadmap's shape rewrites only its own rows; any other edit still saves whole and right. */
class RoadmapTargetedSaveTest extends FreshDatabase {
    RoadmapRepository roadmaps;
    Roadmap saved;

    @BeforeEach
    void open() {
        ExerciseRepository exercises = new ExerciseRepository(db);
        List.of("glute-bridge", "calf-raise").forEach(id -> exercises.save(TestExercises.exercise(id, id.replace('-', ' '))));
        long patient = new PatientRepository(db).save(new Patient(null, "Ana", null, LocalDate.of(2026, 9, 1),
                DeliveryType.VAGINAL, null, 1, false, List.of(), null)).id();
        Dosage dose = Dosage.simple(3, Amount.of(DoseUnit.REPS, 10));
        Phase first = new Phase(PhaseKind.FOUNDATION, "Reconnect", "Breath first", new WeekRange(0, 6),
                List.of(new PhaseItem("glute-bridge", dose, null), new PhaseItem("calf-raise", dose, "Slowly")),
                List.of(Criterion.statement("No leaking when you cough")));
        Phase second = new Phase(PhaseKind.STRENGTH, "Build strength", null, new WeekRange(6, 12),
                List.of(new PhaseItem("calf-raise", dose, null)), List.of());
        roadmaps = new RoadmapRepository(db);
        saved = roadmaps.save(new Roadmap(null, patient, "Back to running", null, RoadmapStatus.DRAFT, 0,
                List.of(first, second), LocalDate.of(2026, 10, 1)));
    }

    private List<Long> rowIds(String table) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM " + table + " ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private Roadmap edited(int phase, int item, PhaseItem now) {
        List<Phase> phases = new ArrayList<>(saved.phases());
        phases.set(phase, phases.get(phase).withItem(item, now));
        return saved.withPhases(phases);
    }

    @Test
    void aNewDoseOrNoteOrPhaseNameRewritesOnlyItsRowsAndReadsBackAsSaved() {
        List<Long> phases = rowIds("phases");
        List<Long> items = rowIds("phase_items");
        PhaseItem bridge = saved.phases().get(0).items().get(0);
        Roadmap now = edited(0, 0, new PhaseItem(bridge.exerciseId(), Dosage.simple(2, Amount.of(DoseUnit.REPS, 12)), "Go easy"));
        List<Phase> renamed = new ArrayList<>(now.phases());
        renamed.set(1, renamed.get(1).withName("Stronger"));
        now = now.withPhases(renamed);
        roadmaps.save(now);
        assertEquals(now, roadmaps.find(saved.id()).orElseThrow());
        assertEquals(phases, rowIds("phases"), "no phase was deleted and inserted again");
        assertEquals(items, rowIds("phase_items"), "no exercise row was deleted and inserted again");
    }

    @Test
    void anEditThatChangesTheShapeIsSavedWhole() {
        List<Phase> phases = new ArrayList<>(saved.phases());
        PhaseItem moved = phases.get(0).items().get(1);
        phases.set(0, phases.get(0).withItems(List.of(phases.get(0).items().get(0))));
        phases.set(1, phases.get(1).withItems(List.of(moved, phases.get(1).items().get(0))));
        Roadmap now = saved.withPhases(phases);
        roadmaps.save(now);
        assertEquals(now, roadmaps.find(saved.id()).orElseThrow());
        Roadmap reordered = edited(1, 0, phases.get(1).items().get(1));
        reordered = reordered.withPhases(List.of(reordered.phases().get(0).withItems(phases.get(0).items()),
                reordered.phases().get(1).withItems(List.of(phases.get(1).items().get(1), moved))));
        roadmaps.save(reordered);
        assertEquals(reordered, roadmaps.find(saved.id()).orElseThrow(), "a reorder in place reads back in its new order");
    }
}
