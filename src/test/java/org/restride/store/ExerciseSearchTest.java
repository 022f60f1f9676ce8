package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.ExerciseSource;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.domain.TestExercises;

class ExerciseSearchTest extends FreshDatabase {
    ExerciseRepository repo;

    @BeforeEach
    void fill() {
        repo = new ExerciseRepository(db);
        repo.save(TestExercises.exercise("glute-bridge", "Glute bridge", PhaseKind.STRENGTH, Region.HIPS, Position.LYING,
                ExerciseSource.BUILT_IN));
        repo.save(TestExercises.exercise("single-leg-bridge", "Single-leg bridge", PhaseKind.IMPACT, Region.HIPS,
                Position.LYING, ExerciseSource.BUILT_IN));
        repo.save(TestExercises.exercise("plie-squat", "Plié squat", PhaseKind.STRENGTH, Region.LEGS, Position.STANDING,
                ExerciseSource.BUILT_IN));
        repo.save(TestExercises.exercise("side-plank", "Side plank", PhaseKind.STRENGTH, Region.CORE, Position.SIDE_LYING,
                ExerciseSource.CLINIC));
    }

    private List<String> ids(ExerciseQuery query) {
        return repo.search(query, 100).stream().map(Exercise::id).toList();
    }

    @Test
    void wordPrefixesMatch() {
        assertEquals(Set.of("glute-bridge", "single-leg-bridge"), Set.copyOf(ids(ExerciseQuery.text("bri"))));
        assertEquals(List.of("single-leg-bridge"), ids(ExerciseQuery.text("sing bri")));
    }

    @Test
    void oneCharacterMatchesOnlyNamesThatStartWithIt() {
        assertEquals(Set.of("single-leg-bridge", "side-plank"), Set.copyOf(ids(ExerciseQuery.text("s"))),
                "not Plié squat, whose second word starts with s");
        assertEquals(List.of("plie-squat"), ids(ExerciseQuery.text("P")));
        assertEquals(List.of(), ids(ExerciseQuery.text("b")), "bridges have it only in their second word");
        assertEquals(List.of("single-leg-bridge"), ids(ExerciseQuery.text("single l")), "beside other words, a prefix");
    }

    @Test
    void caseAndAccentsAreIgnoredBothWays() {
        assertEquals(2, ids(ExerciseQuery.text("BRIDGE")).size());
        assertEquals(List.of("plie-squat"), ids(ExerciseQuery.text("plie")));
        assertEquals(List.of("plie-squat"), ids(ExerciseQuery.text("PLIÉ")));
        assertEquals(2, ids(ExerciseQuery.text("brídge")).size());
    }

    @Test
    void punctuationAndQuotesInTheTextAreHarmless() {
        assertEquals(2, ids(ExerciseQuery.text("\"bridge!!\"")).size());
        assertTrue(ids(ExerciseQuery.text("bridge' OR 1=1 --")).isEmpty(), "quotes and operators are only words");
        assertEquals(4, ids(ExerciseQuery.text("\"*(){}:^")).size(), "text with no words lists everything");
    }

    @Test
    void filtersCombineWithTextAndWithEachOther() {
        ExerciseQuery strength = ExerciseQuery.all().withPhases(Set.of(PhaseKind.STRENGTH));
        assertEquals(Set.of("glute-bridge", "plie-squat", "side-plank"), Set.copyOf(ids(strength)));
        assertEquals(List.of("glute-bridge"), ids(strength.withText("bridge")));
        ExerciseQuery lyingHips = new ExerciseQuery("", Set.of(), Set.of(Region.HIPS), Set.of(Equipment.MAT),
                Set.of(Position.LYING), Set.of(ImpactLevel.NONE), false);
        assertEquals(Set.of("glute-bridge", "single-leg-bridge"), Set.copyOf(ids(lyingHips)));
        ExerciseQuery noBand = new ExerciseQuery("", Set.of(), Set.of(), Set.of(Equipment.BAND), Set.of(), Set.of(), false);
        assertTrue(ids(noBand).isEmpty());
        ExerciseQuery twoRegions = new ExerciseQuery("", Set.of(), Set.of(Region.CORE, Region.LEGS), Set.of(), Set.of(),
                Set.of(), false);
        assertEquals(Set.of("plie-squat", "side-plank"), Set.copyOf(ids(twoRegions)));
    }

    @Test
    void archivedExercisesLeaveSearchUnlessAskedFor() {
        repo.setArchived("side-plank", true);
        assertTrue(ids(ExerciseQuery.text("plank")).isEmpty());
        ExerciseQuery withArchived = new ExerciseQuery("plank", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), true);
        assertEquals(List.of("side-plank"), ids(withArchived));
        assertTrue(repo.find("side-plank").orElseThrow().archived());
    }

    @Test
    void anEditedExerciseIsFoundByItsNewWordsOnly() {
        Exercise renamed = TestExercises.exercise("side-plank", "Copenhagen hold", PhaseKind.STRENGTH, Region.CORE,
                Position.SIDE_LYING, ExerciseSource.CLINIC);
        repo.save(renamed);
        assertTrue(ids(ExerciseQuery.text("plank")).isEmpty());
        assertEquals(List.of("side-plank"), ids(ExerciseQuery.text("copen")));
        assertEquals(4, repo.count());
    }
}
