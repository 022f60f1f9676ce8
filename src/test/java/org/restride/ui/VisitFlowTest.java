package org.restride.ui;

import org.restride.text.Words;
import org.restride.app.WorkspaceDatabase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Roadmap;
import org.restride.domain.progress.PhaseChange;
import org.restride.domain.progress.RecordedVisit;
import org.restride.domain.progress.Status;
import org.restride.store.PhaseHistoryRepository;
import org.restride.store.VisitRepository;
import org.restride.ui.history.TimelineItem;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Recording a visit through the window, for the sample patient Léa, in "Get ready for impact": the verdict follows
 * what is typed, a red flag stops and refers, bad input saves nothing, and a saved "ready" moves her on.
 */
class VisitFlowTest extends SampleClinicWindowTest {
    static final long LEA = 2;

    FxRobot robot;

    private void openVisit(FxRobot fx) {
        robot = fx;
        AppHarness.onFx(() -> app.root.openPatient(LEA));
        fx.clickOn("#visit-tab");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves to the field by keyboard focus (the form scrolls to it) and types. */
    private void type(String id, String text) {
        AppHarness.onFx(() -> robot.lookup("#" + id).query().requestFocus());
        robot.write(text);
    }

    /** Ticks or unticks a check box from the keyboard. */
    private void tick(String id) {
        AppHarness.onFx(() -> robot.lookup("#" + id).query().requestFocus());
        robot.type(KeyCode.SPACE);
    }

    private String text(String id) {
        return robot.lookup("#" + id).queryLabeled().getText();
    }

    private List<String> lines(String boxId) {
        return robot.lookup("#" + boxId + " .reason-line").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private List<RecordedVisit> visits() {
        app.settle();
        return new VisitRepository(WorkspaceDatabase.of(app.workspace)).forPatient(LEA);
    }

    private Roadmap roadmap() {
        app.settle();
        return app.workspace.roadmaps().forPatient(LEA).get(0);
    }

    @Test
    void theVerdictFollowsTheFormAndASavedReadyMovesHerOn(FxRobot fx) throws Exception {
        openVisit(fx);
        int before = visits().size();
        assertEquals(2, roadmap().currentPhase(), "Léa is in \"Get ready for impact\"");
        type("test-4-left", "14");
        type("test-4-right", "20");
        assertTrue(lines("verdict-advice").contains("Single-leg calf raise: 14/20 on the left. Target 20 each side. "
                + "Not a barrier to running: this is where strength work should go."), lines("verdict-advice").toString());

        tick("red-flag-calf-pain-or-swelling");
        assertTrue(robot.lookup("#verdict-red-flags").query().isVisible());
        assertEquals(List.of("Calf pain or swelling: stop exercise and get her medical care now. This is not a "
                + "dose to adjust."), lines("verdict-red-flags"));
        assertTrue(text("verdict-headline").startsWith("Stop and refer"));
        tick("red-flag-calf-pain-or-swelling");
        assertTrue(!robot.lookup("#verdict-red-flags").query().isVisible());

        type("test-0-value", "1");
        type("test-1-value", "10");
        for (int test = 0; test <= 7; test++) {
            type("test-" + test + "-pain", "0"); // pain not recorded is not pain-free
        }
        for (int test = 2; test <= 7; test++) {
            int target = test <= 3 ? 10 : 20;
            AppHarness.onFx(() -> robot.lookup("#test-4-left").queryTextInputControl().clear());
            type("test-" + test + "-left", Integer.toString(target));
            type("test-" + test + "-right", test == 4 ? "" : Integer.toString(target));
        }
        assertEquals(Words.english().label(Status.HOLD), text("verdict-status"), "every test passed, but no symptom check yet");
        assertTrue(lines("verdict-reasons").stream().anyMatch(l -> l.startsWith("The symptom check was not done")),
                lines("verdict-reasons").toString());
        tick("symptom-none");
        assertEquals(Words.english().label(Status.READY), text("verdict-status"));
        assertEquals("Ready to progress to \"Back to running\".", text("verdict-headline"));

        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, visits().size(), "saved with Ctrl+S");
        RecordedVisit saved = visits().get(visits().size() - 1);
        assertEquals(LocalDate.now(), saved.visit().date(), "the date starts at today");
        assertEquals(Status.READY, saved.verdict().status());

        robot.clickOn("#move-on");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, roadmap().currentPhase(), "moved on to \"Back to running\"");
        List<PhaseChange> changes = new PhaseHistoryRepository(WorkspaceDatabase.of(app.workspace)).forRoadmap(roadmap().id());
        assertEquals(saved.id(), changes.get(changes.size() - 1).visitId());
        assertTrue(text("visit-phase").startsWith("Phase 4 of 4: Back to running"), "a new visit starts for the new phase");

        robot.clickOn("#history-tab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !timeline().isEmpty()
                && timeline().get(0).title().equals("Moved on to \"Back to running\""));
        assertEquals("Visit: Ready to progress", timeline().get(1).title());

        robot.clickOn("#visit-tab");
        robot.clickOn("#reissue-handout");
        WaitForAsyncUtils.waitForFxEvents();
        TabPane side = robot.lookup("#editor-side").queryAs(TabPane.class);
        Tab shown = side.getSelectionModel().getSelectedItem();
        assertEquals("preview-tab", shown.getId(), "the roadmap opens with its handout preview, ready to print");
    }

    private List<TimelineItem> timeline() {
        ListView<TimelineItem> list = robot.lookup("#history-timeline").queryListView();
        return list.getItems();
    }

    @Test
    void nineHundredCalfRaisesOrAVisitInTheFutureShowAMessageAndSaveNothing(FxRobot fx) {
        openVisit(fx);
        int before = visits().size();
        type("test-4-left", "900");
        assertEquals("Single-leg calf raise, left must be between 0 and 200 reps (was 900).", text("problem-test-4"));
        Node beside = robot.lookup("#problem-test-4").query();
        assertTrue(beside.isVisible());

        AppHarness.onFx(() -> robot.lookup("#visit-date").queryTextInputControl().clear());
        type("visit-date", LocalDate.now().plusDays(1).toString());
        assertTrue(text("problem-visit-date").startsWith("Visit date must not be in the future"), text("problem-visit-date"));

        robot.clickOn("#save-visit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nothing was saved: see the notes beside the fields.", text("visit-message"));
        assertEquals(before, visits().size());
    }

    @Test
    void anOverrideTakesATypedReasonThatShowsInTheHistory(FxRobot fx) throws Exception {
        openVisit(fx);
        tick("symptom-none");
        type("test-4-left", "20");
        type("test-4-right", "20");
        type("test-4-pain", "0");
        tick("override-criterion-not-tested");
        robot.clickOn("#save-visit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Nothing was saved: type the reason for each override you ticked.", text("visit-message"));
        type("override-criterion-not-tested-reason", "Tested the rest on the track last week");
        assertEquals(Words.english().label(Status.READY), text("verdict-status"));
        robot.clickOn("#save-visit");
        WaitForAsyncUtils.waitForFxEvents();
        RecordedVisit saved = visits().get(visits().size() - 1);
        assertEquals("Tested the rest on the track last week", saved.visit().overrides().get(0).reason());

        robot.clickOn("#history-tab");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline().stream()
                .anyMatch(item -> item.title().equals("Override: Exit criterion not tested")));
        TimelineItem override = timeline().stream().filter(item -> item.title().startsWith("Override")).findFirst().orElseThrow();
        assertEquals("Reason: Tested the rest on the track last week", override.lines().get(0));
    }
}
