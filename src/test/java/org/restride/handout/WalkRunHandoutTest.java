package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.handout.layout.FontLibrary;

/** The walk–run weeks print as a table in the first running phase, and only when she has a plan. */
class WalkRunHandoutTest {
    @TempDir
    static Path folder;
    static SampleClinic clinic;
    static HandoutRenderer renderer;

    @BeforeAll
    static void openClinic() {
        clinic = new SampleClinic(folder.resolve("data"));
        renderer = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);
    }

    @AfterAll
    static void closeClinic() {
        clinic.close();
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static final String TITLE = "Your walk–run weeks";

    @Test
    void theWholeRoadmapPrintsTheWeeksOnceInTheRunningPhaseAsHerLog() throws Exception {
        HandoutRequest request = clinic.request(1);
        WalkRunPlan plan = request.walkRun();
        assertTrue(plan != null && plan.weeks().size() > 5, "the sample clinic's caesarean roadmap has a plan");
        String text = HandoutContentTest.text(renderer.render(request.withOptions(request.options().withAllPhases(true))));
        assertEquals(1, count(text, TITLE));
        int title = text.indexOf(TITLE);
        assertTrue(title > text.indexOf("Phase 4 of 4"), "in the running phase, after its heading");
        assertTrue(text.contains("1 1 min 2 min 8 /10 /10 /10"), "week 1 as a row with a cell per session: "
                + text.substring(title, title + 600));
        assertEquals(1, count(text, "Move on a row only when"), "the rule is printed once");
        int last = plan.weeks().size();
        assertTrue(text.contains(last + ": goal " + plan.goalMinutes() + " min without stopping \u2013 1"),
                "the last row is the goal: " + text.substring(title, Math.min(text.length(), title + 3000)));
        assertFalse(text.contains("Walk–run: 1 min run, 2 min walk"), "no walk–run card competes with the table");
    }

    @Test
    void aRunningTemplateWithNoSavedPlanPrintsTheUsualStartAsItsTable() throws Exception {
        HandoutRequests requests = new HandoutRequests(clinic.workspace().handoutSources());
        int templates = 0;
        for (var template : clinic.workspace().templates().all()) {
            HandoutRequest request = requests.forTemplate(template.key(), "Alex", SampleClinic.PREPARED).orElseThrow();
            boolean running = request.roadmap().phases().stream().anyMatch(p -> p.kind() == org.restride.domain.PhaseKind.RUN);
            assertEquals(running, request.walkRun() != null, template.key() + " has walk-run weeks exactly when it runs");
            if (running) {
                templates++;
                String text = HandoutContentTest.text(renderer.render(request.withOptions(request.options().withAllPhases(true))));
                assertEquals(1, count(text, TITLE + " Each session"), template.key());
                assertTrue(text.contains("1 1 min 2 min 8 /10 /10 /10"), "1 min run, 2 min walk, 8 rounds, 3 sessions");
                assertTrue(text.contains("go back to the last week that felt fine"), "the rule from CLINICAL.md");
            }
        }
        assertTrue(templates > 0, "the demo clinic has a running template");
    }

    @Test
    void whenSheIsInTheRunningPhaseHerHandoutForNowCarriesTheTable() throws Exception {
        HandoutRequest request = clinic.request(1);
        int running = request.roadmap().phases().size() - 1;
        HandoutRequest now = new HandoutRequest(request.roadmap().withCurrentPhase(running), request.patientName(),
                request.exercises(), request.clinic(), request.options(), request.prepared(), request.walkRun(), true);
        String text = HandoutContentTest.text(renderer.render(now));
        assertEquals(1, count(text, TITLE));
        assertTrue(text.contains("Your walk–run sessions are in the week-by-week table"));
        assertFalse(text.contains("Walk–run: 1 min run, 2 min walk"), "no walk–run card competes with the table");
        assertFalse(HandoutContentTest.text(renderer.render(request)).contains(TITLE),
                "in phase 3 the running phase is only previewed");
    }

    @Test
    void withoutAPlanOrARunningPhaseNothingIsPrinted() throws Exception {
        HandoutRequest request = clinic.request(1);
        request = request.withOptions(request.options().withAllPhases(true));
        assertFalse(HandoutContentTest.text(renderer.render(request.withWalkRun(null))).contains(TITLE));
        List<Phase> noRunning = new ArrayList<>(request.roadmap().phases());
        noRunning.removeIf(p -> p.kind() == PhaseKind.RUN);
        HandoutRequest lifting = new HandoutRequest(request.roadmap().withPhases(noRunning), request.patientName(),
                request.exercises(), request.clinic(), request.options(), request.prepared(), request.walkRun());
        assertFalse(HandoutContentTest.text(renderer.render(lifting)).contains(TITLE));
    }
}
