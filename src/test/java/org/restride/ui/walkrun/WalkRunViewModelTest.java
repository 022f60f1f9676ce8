package org.restride.ui.walkrun;

import org.restride.ui.RefusingTable;
import org.restride.ui.WindowThread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.restride.app.Writer;
import org.restride.app.walkrun.WalkRunEditing;
import org.restride.app.walkrun.WalkRunWords;
import org.restride.text.Words;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.DeliveryType;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.RoadmapStatus;
import org.restride.domain.progress.ProgressFixtures;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.store.Database;
import org.restride.store.PatientRepository;
import org.restride.store.RoadmapRepository;
import org.restride.store.WalkRunPlanRepository;

/** The walk–run plan editor without the toolkit: build, edit a week, repeat after symptoms, and bad input. */
class WalkRunViewModelTest {
    @TempDir
    Path folder;
    Database db;
    WalkRunPlanRepository plans;
    long roadmapId;
    WalkRunViewModel model;
    final WindowThread windowThread = new WindowThread();
    final Writer writer = new Writer(windowThread);

    @BeforeEach
    void open() {
        db = Database.openFolder(folder);
        Patient ana = new PatientRepository(db).save(new Patient(null, "Ana Souza", null, ProgressFixtures.BIRTH,
                DeliveryType.VAGINAL, null, 1, false, List.of(), null));
        Roadmap template = ProgressFixtures.roadmap(ProgressFixtures.IMPACT);
        roadmapId = new RoadmapRepository(db).save(new Roadmap(null, ana.id(), template.title(), template.goal(),
                RoadmapStatus.ISSUED, 0, template.phases(), ProgressFixtures.BIRTH)).id();
        plans = new WalkRunPlanRepository(db);
        model = new WalkRunViewModel(new WalkRunEditing(plans, writer), Words.english());
        model.open(roadmapId);
    }

    @AfterEach
    void close() {
        writer.close();
        db.close();
    }

    /** Waits for the writer, then runs here what it handed back to the window's thread. */
    private void settle() {
        writer.awaitIdle();
        windowThread.runWaiting();
    }

    private WalkRunPlan saved() {
        return stored().orElseThrow();
    }

    /** The plan as the database holds it, once every save handed to the writer is written. */
    private Optional<WalkRunPlan> stored() {
        settle();
        return plans.find(roadmapId);
    }

    @Test
    void buildsFromHerStartingPointAndSavesAtOnce() {
        assertNull(model.planProperty().get());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.build());
        assertEquals(List.of("1", "1 min", "2 min", "8", "3", "24 min", ""), model.rows().get(0));
        assertEquals(new WalkRunWords(Words.english()).rows(saved()), model.rows());
        assertEquals("Sessions a week", model.headers().get(4));
        assertEquals(20, saved().goalMinutes());
        assertTrue(model.messageProperty().get().endsWith("to 20 minutes of running without stopping."));
    }

    @Test
    void symptomsInAWeekGoBackToTheWeekBeforeAndTheRestFollows() {
        model.build();
        int before = model.rows().size();
        model.selectWeek(3);
        assertEquals("3:00", model.weekRunProperty().get());
        assertTrue(model.symptomsInWeek());
        assertEquals(before + 2, saved().weeks().size());
        assertTrue(saved().weeks().get(3).repeated());
        assertEquals("Same as week 2: back to it while symptoms settle", model.rows().get(3).get(6));
        assertEquals(3, model.weekProperty().get(), "the week stays chosen");
    }

    @Test
    void anEditedWeekIsKeptTheWeeksAfterFollowAndBigJumpsAreWarnedOf() {
        model.build();
        model.selectWeek(2);
        model.weekRunProperty().set("2:30");
        assertTrue(model.saveWeek());
        assertEquals(150, saved().weeks().get(1).runSeconds());
        assertTrue(model.warnings().stream().anyMatch(w -> w.startsWith("Week 2: weekly running time rises by")),
                model.warnings().toString());
        model.open(roadmapId);
        assertEquals("1:00", model.runProperty().get(), "the starting point comes back from the saved plan");
        assertEquals("20", model.goalProperty().get());
    }

    @Test
    void whatCannotBeReadIsShownBesideItsFieldAndChangesNothing() {
        model.runProperty().set("soon");
        assertFalse(model.build());
        assertEquals("Run must be a time like 1:30, 90 s or 2 min (was \"soon\").", model.problems().get(WalkRunViewModel.RUN));
        model.runProperty().set("1:00");
        model.repeatsProperty().set("0");
        assertFalse(model.build());
        assertEquals("Repeats must be between 1 and 50 (was 0).", model.problems().get(WalkRunViewModel.REPEATS));
        model.repeatsProperty().set("8");
        model.goalProperty().set("200");
        assertFalse(model.build());
        assertEquals("Goal minutes must be between 5 and 90 (was 200).", model.problems().get(WalkRunViewModel.GOAL));
        assertTrue(stored().isEmpty());

        model.goalProperty().set("20");
        model.build();
        WalkRunPlan before = saved();
        model.selectWeek(2);
        model.weekSessionsProperty().set("9");
        assertFalse(model.saveWeek());
        assertEquals("Sessions per week must be between 1 and 7 (was 9).", model.problems().get("week-sessions"));
        assertEquals(before, saved());
    }

    @Test
    void removingThePlanLeavesNone() {
        model.build();
        model.remove();
        assertTrue(stored().isEmpty());
        assertTrue(model.rows().isEmpty());
        assertEquals(0, model.weekProperty().get());
    }

    @Test
    void aPlanThatCannotBeWrittenIsToldStaysOnScreenAndIsWrittenWithTheNextChange() throws Exception {
        try (RefusingTable full = RefusingTable.in(folder, "walk_run_plans", "walk_run_weeks")) {
            assertTrue(model.build(), "built and shown at once");
            assertFalse(model.rows().isEmpty());
            settle();
        }
        assertTrue(model.messageProperty().get().startsWith("Not saved: "), model.messageProperty().get());
        assertFalse(model.rows().isEmpty(), "the plan is still on screen");
        assertTrue(stored().isEmpty(), "the database did not take it");

        model.selectWeek(2);
        model.weekRunProperty().set("2:30");
        assertTrue(model.saveWeek());
        assertEquals(150, saved().weeks().get(1).runSeconds(), "the next change writes the whole plan");
        assertEquals(model.planProperty().get(), saved());
    }

    @Test
    void aRemovalThatCannotBeWrittenPutsThePlanBack() throws Exception {
        model.build();
        WalkRunPlan built = saved();
        try (RefusingTable full = RefusingTable.in(folder, "walk_run_plans", "walk_run_weeks")) {
            model.remove();
            assertTrue(model.rows().isEmpty(), "gone at once");
            settle();
        }
        assertTrue(model.messageProperty().get().startsWith("Not deleted: "), model.messageProperty().get());
        assertEquals(built, model.planProperty().get(), "shown again");
        assertEquals(built, saved());
    }
}
