package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ExerciseText;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.domain.TestExercises;

class ExerciseTextRepositoryTest extends FreshDatabase {
    private static final ExerciseText SQUAT = new ExerciseText("Sentadilla", "Baje como si se sentara en una silla.",
            List.of("Párese con los pies separados.", "Baje despacio."), List.of("Peso en los talones"), List.of(),
            List.of("Si nota pesadez, haga menos."), "2 s al bajar", null);

    private static void exercise(ExerciseRepository repo, String id) {
        repo.save(TestExercises.exercise(id, "Exercise " + id, PhaseKind.STRENGTH, Region.LEGS, Position.STANDING,
                ExerciseSource.CLINIC));
    }

    private void sql(String statement) {
        db.write(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate(statement);
            }
        });
    }

    /** The clinic's exercise "squat" with its Spanish text saved: the texts' repository. */
    private ExerciseTextRepository squatInSpanish() {
        exercise(new ExerciseRepository(db), "squat");
        ExerciseTextRepository texts = new ExerciseTextRepository(db);
        texts.save("squat", "es", SQUAT);
        return texts;
    }

    @Test
    void aTextIsKeptPerExerciseAndLanguageAndReadForASetOfIds() {
        ExerciseRepository exercises = new ExerciseRepository(db);
        List.of("squat", "bridge", "plank").forEach(id -> exercise(exercises, id));
        ExerciseTextRepository texts = new ExerciseTextRepository(db);
        texts.save("squat", "es", SQUAT);
        ExerciseText bridge = new ExerciseText("Puente", null, List.of(), List.of(), List.of(), List.of(), null, null);
        texts.save("bridge", "es", bridge);
        texts.save("bridge", "pt", new ExerciseText("Ponte", null, List.of(), List.of(), List.of(), List.of(), null, null));

        Map<String, ExerciseText> found = texts.findAll(List.of("squat", "bridge", "plank", "not-there"), "es");
        assertEquals(Map.of("squat", SQUAT, "bridge", bridge), found);
        assertEquals("Ponte", texts.find("bridge", "pt").orElseThrow().name());
        assertEquals(Map.of(), texts.findAll(List.of(), "es"));

        ExerciseText changed = new ExerciseText("Sentadilla a la silla", null, List.of(), List.of(), List.of(),
                List.of(), null, null);
        texts.save("squat", "es", changed);
        assertEquals(changed, texts.find("squat", "es").orElseThrow(), "saving again replaces");
        assertTrue(texts.remove("squat", "es"));
        assertFalse(texts.remove("squat", "es"));
        assertTrue(texts.find("squat", "es").isEmpty());
    }

    @Test
    void removingAnExerciseRemovesItsTexts() {
        squatInSpanish();
        sql("DELETE FROM exercises WHERE id = 'squat'");
        int left = db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM exercise_texts")) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
        assertEquals(0, left);
    }

    @Test
    void aTextForNoExerciseOrInNoLanguageIsRefused() {
        ExerciseTextRepository texts = new ExerciseTextRepository(db);
        StoreException e = assertThrows(StoreException.class, () -> texts.save("no-such", "es", SQUAT));
        assertTrue(e.getMessage().contains("no-such"), e.getMessage());
        exercise(new ExerciseRepository(db), "squat");
        assertThrows(IllegalArgumentException.class, () -> texts.save("squat", "ES'; --", SQUAT));
        assertThrows(IllegalArgumentException.class, () -> texts.findAll(List.of("squat"), null));
    }

    @Test
    void aDamagedRowIsNamedNotShownAsEnglish() {
        ExerciseTextRepository texts = squatInSpanish();
        sql("UPDATE exercise_texts SET steps = 'not json'");
        DamagedRecordException e = assertThrows(DamagedRecordException.class, () -> texts.find("squat", "es"));
        assertTrue(e.getMessage().contains("exercise_texts"), e.getMessage());
    }
}
