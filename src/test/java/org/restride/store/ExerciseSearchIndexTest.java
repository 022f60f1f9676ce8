package org.restride.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Workspace;
import org.restride.app.WorkspaceDatabase;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.ImpactLevel;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;

/** The in-memory search gives what the full-text index gives, in the same order, and follows library changes. */
class ExerciseSearchIndexTest {
    @TempDir
    Path folder;

    private static final List<String> TYPED = List.of("b", "br", "bri", "bridge", "s", "sq", "squat", "single l",
            "breath", "plank side", "hop", "calf rai", "PELVIC floor", "dead", "élan", "glute bridge band", "zzz", "");

    @Test
    void findsTheSameExercisesInTheSameOrderAsTheFullTextIndex() {
        try (Workspace workspace = Workspace.open(folder)) {
            ExerciseRepository sql = workspace.exercises();
            workspace.exercises().setArchived("bridge-band", true);
            List<ExerciseQuery> queries = new ArrayList<>();
            for (String text : TYPED) {
                queries.add(ExerciseQuery.text(text));
                queries.add(ExerciseQuery.text(text).withPhases(Set.of(PhaseKind.STRENGTH, PhaseKind.IMPACT)));
                queries.add(new ExerciseQuery(text, Set.of(), Set.of(Region.HIPS, Region.LEGS), Set.of(Equipment.BAND),
                        Set.of(Position.LYING, Position.STANDING), Set.of(ImpactLevel.NONE, ImpactLevel.LOW), true));
            }
            for (ExerciseQuery query : queries) {
                for (int limit : new int[] {5, 500}) {
                    List<String> expected = sql.search(query, limit).stream().map(Exercise::id).toList();
                    List<String> found = workspace.exerciseIndex().search(query, limit).stream().map(ExerciseListing::id).toList();
                    assertEquals(expected.size(), Set.copyOf(expected).size(), "no exercise twice for " + query);
                    assertEquals(expected, found, "for " + query + " (limit " + limit + ")");
                }
            }
        }
    }

    @Test
    void seesExercisesAddedRenamedAndArchived() {
        try (Workspace workspace = Workspace.open(folder)) {
            ExerciseSearchIndex index = workspace.exerciseIndex();
            assertTrue(index.search(ExerciseQuery.text("zephyr"), 10).isEmpty());
            Exercise bridge = workspace.exercises().find("bridge-band").orElseThrow();
            workspace.exercises().save(bridge.copyForClinic("own-zephyr-bridge", "Zephyr bridge"));
            assertEquals(List.of("own-zephyr-bridge"), ids(index.search(ExerciseQuery.text("zephyr"), 10)));
            workspace.exercises().setArchived("own-zephyr-bridge", true);
            assertTrue(index.search(ExerciseQuery.text("zephyr"), 10).isEmpty(), "archived leaves the results");
            ExerciseListing archived = index.search(new ExerciseQuery("zephyr", Set.of(), Set.of(), Set.of(),
                    Set.of(), Set.of(), true), 10).get(0);
            assertTrue(archived.archived());
            assertFalse(archived.builtIn());
        }
    }

    /** A row changed outside Restride so that it no longer reads is left out of the list; the rest is searched. */
    @Test
    void aDamagedRowIsLeftOutAndTheRestIsListed() {
        try (Workspace workspace = Workspace.open(folder)) {
            int all = workspace.exerciseIndex().search(ExerciseQuery.text(""), 10_000).size();
            WorkspaceDatabase.of(workspace).write(c -> {
                try (var st = c.createStatement()) {
                    st.executeUpdate("UPDATE exercises SET region = 'nowhere' WHERE id = 'bridge-band'");
                    st.executeUpdate("UPDATE exercises SET tags = '{not json' WHERE id = 'goblet-squat'");
                    st.executeUpdate("UPDATE exercise_phases SET phase = 'flying' WHERE exercise_pk = "
                            + "(SELECT pk FROM exercises WHERE id = 'farmer-carry')");
                }
                return null;
            });
            workspace.exercises().save(workspace.exercises().find("squat-bodyweight").orElseThrow()
                    .copyForClinic("own-squat", "Our squat")); // the library changed: read again
            List<String> listed = ids(workspace.exerciseIndex().search(ExerciseQuery.text(""), 10_000));
            assertEquals(all + 1 - 3, listed.size(), "three left out, one added");
            assertFalse(listed.contains("bridge-band") || listed.contains("goblet-squat") || listed.contains("farmer-carry"));
            assertTrue(ids(workspace.exerciseIndex().search(ExerciseQuery.text("bridge"), 50)).contains("bridge-bodyweight"));
        }
    }

    private static List<String> ids(List<ExerciseListing> listings) {
        return listings.stream().map(ExerciseListing::id).toList();
    }
}
