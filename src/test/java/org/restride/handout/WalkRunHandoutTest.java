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

    @Test
    void theSamplePlanPrintsEveryWeekOnceInTheRunningPhase() throws Exception {
        HandoutRequest request = clinic.request(1);
        WalkRunPlan plan = request.walkRun();
        assertTrue(plan != null && plan.weeks().size() > 5, "the sample clinic's caesarean roadmap has a plan");
        String text = HandoutContentTest.text(renderer.render(request));
        assertEquals(1, count(text, WalkRunWeeks.TITLE));
        int title = text.indexOf(WalkRunWeeks.TITLE);
        int running = text.indexOf("Back to running");
        assertTrue(title > text.indexOf("Phase 4 of 4"), "in the running phase, after its heading");
        assertTrue(running >= 0);
        assertTrue(text.contains("1 1 min 2 min 8 3 24 min"), "week 1 as a row: " + text.substring(title, title + 300));
        assertTrue(text.contains(plan.goalMinutes() + " min without stopping"), "the last week reaches the goal");
    }

    @Test
    void withoutAPlanOrARunningPhaseNothingIsPrinted() throws Exception {
        HandoutRequest request = clinic.request(1);
        assertFalse(HandoutContentTest.text(renderer.render(request.withWalkRun(null))).contains(WalkRunWeeks.TITLE));
        List<Phase> noRunning = new ArrayList<>(request.roadmap().phases());
        noRunning.removeIf(p -> p.kind() == PhaseKind.RUN);
        HandoutRequest lifting = new HandoutRequest(request.roadmap().withPhases(noRunning), request.patientName(),
                request.exercises(), request.clinic(), request.options(), request.prepared(), request.walkRun());
        assertFalse(HandoutContentTest.text(renderer.render(lifting)).contains(WalkRunWeeks.TITLE));
    }
}
