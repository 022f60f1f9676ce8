package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Amount;
import org.restride.domain.Criterion;
import org.restride.domain.Dosage;
import org.restride.domain.DoseUnit;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.Template;
import org.restride.domain.TestExercises;
import org.restride.domain.WeekRange;
import org.restride.library.BuiltInLibrary;
import org.restride.library.LibrarySeeder;

/** A database made before the duplicate exercises were retired keeps everything the clinic made. */
class RetiredExercisesMigrationTest {
    private static final int BEFORE = 4;

    @TempDir
    Path folder;

    @Test
    void roadmapsTemplatesClinicExercisesAndPicturesFollowTheRetiredExercisesToTheirReplacements() throws Exception {
        Path file = folder.resolve(Database.FILE_NAME);
        BuiltInLibrary library = BuiltInLibrary.load();
        long roadmapId;
        try (Database old = Database.open(file, BEFORE)) {
            ExerciseRepository exercises = new ExerciseRepository(old);
            library.exercises().forEach(exercises::save);
            for (String retired : List.of("lift-goblet-squat", "gentle-walking", "lift-back-squat", "lift-hip-thrust",
                    "dead-bug-arm-leg-reach")) {
                exercises.save(TestExercises.exercise(retired, "Old " + retired, PhaseKind.LIFT, Region.HIPS,
                        Position.STANDING, ExerciseSource.BUILT_IN));
            }
            Exercise own = TestExercises.exercise("our-back-squat", "Our back squat");
            exercises.save(new Exercise(own.id(), own.name(), own.summary(), own.steps(), own.cues(), own.mistakes(),
                    own.watchFor(), own.phases(), own.region(), own.equipment(), own.position(), own.impact(),
                    own.pelvicFloorDemand(), own.tags(), own.defaultDosage(), "lift-goblet-squat", null,
                    ExerciseSource.CLINIC, "lift-back-squat", false));
            long patientId = OldSchemaPatient.ana(old);
            Phase phase = phase("lift-goblet-squat", "lift-hip-thrust", "goblet-squat");
            roadmapId = new RoadmapRepository(old).save(new Roadmap(null, patientId, "Back to lifting", null,
                    RoadmapStatus.ISSUED, 0, List.of(phase), LocalDate.of(2026, 4, 1))).id();
            new TemplateRepository(old).save(new Template("our-plan", "Our plan", null, false,
                    List.of(phase("gentle-walking", "dead-bug-arm-leg-reach"))));
            old.write(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO exercise_photos (exercise_id, media_type,"
                        + " width, height, bytes, file_name, prints, added_at)"
                                + " VALUES (?, 'image/png', 1, 1, X'01', ?, ?, '2026-03-01T10:00:00Z')")) {
                    for (Object[] row : new Object[][] {{"lift-hip-thrust", "ours.png", 1}, {"hip-thrust-barbell", "theirs.png", 1},
                            {"lift-goblet-squat", "goblet.png", 1}}) {
                        st.setString(1, (String) row[0]);
                        st.setString(2, (String) row[1]);
                        st.setInt(3, (Integer) row[2]);
                        st.executeUpdate();
                    }
                }
                try (PreparedStatement st = c.prepareStatement("INSERT INTO exercise_figures VALUES (?, '{}')")) {
                    st.setString(1, "dead-bug-arm-leg-reach");
                    st.executeUpdate();
                }
                return null;
            });
        }

        try (Database db = Database.openFolder(folder)) {
            assertTrue(db.schemaVersion() > BEFORE);
            new LibrarySeeder(db, library).seedIfChanged();

            Roadmap roadmap = new RoadmapRepository(db).find(roadmapId).orElseThrow();
            assertEquals(List.of("goblet-squat", "hip-thrust-barbell", "goblet-squat"), ids(roadmap.phases().get(0)));
            assertEquals("goblet-squat", roadmap.phases().get(0).exitCriteria().get(0).exerciseId());
            Template ours = new TemplateRepository(db).find("our-plan").orElseThrow();
            assertEquals(List.of("impact-walking-build-up", "dead-bug-opposite-arm-leg"), ids(ours.phases().get(0)));

            ExerciseRepository exercises = new ExerciseRepository(db);
            Exercise own = exercises.find("our-back-squat").orElseThrow();
            assertEquals("goblet-squat", own.easierId());
            assertEquals("barbell-back-squat", own.basedOnId());
            assertTrue(exercises.find("lift-goblet-squat").orElseThrow().archived(), "the retired row is kept, archived");
            assertFalse(exercises.find("goblet-squat").orElseThrow().archived());

            PhotoRepository photos = new PhotoRepository(db);
            Set<String> hipThrust = photos.list("hip-thrust-barbell").stream().map(Photo::fileName).collect(Collectors.toSet());
            assertEquals(Set.of("ours.png", "theirs.png"), hipThrust, "no photo is lost");
            assertEquals("theirs.png", photos.printed("hip-thrust-barbell").orElseThrow().fileName());
            assertEquals("goblet.png", photos.printed("goblet-squat").orElseThrow().fileName());
            assertTrue(photos.figure("dead-bug-opposite-arm-leg").isPresent(), "the clinic's drawing moved");
        }
    }

    private static List<String> ids(Phase phase) {
        return phase.items().stream().map(PhaseItem::exerciseId).toList();
    }

    private static Phase phase(String... exerciseIds) {
        List<PhaseItem> items = Arrays.stream(exerciseIds)
                .map(id -> new PhaseItem(id, Dosage.simple(3, new Amount(DoseUnit.REPS, 8, 10)), null))
                .toList();
        return new Phase(PhaseKind.LIFT, "Lifting", null, new WeekRange(12, 20), items,
                List.of(new Criterion(null, "Goblet squat", new Amount(DoseUnit.REPS, 8, null), false, exerciseIds[0])));
    }
}
