package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.Exercise;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;

/**
 * A built-in exercise's read-only text in the Library reads as her handout prints it: "tell your physical
 * therapist", in the clinic's own term, never a raw {clinician}.
 */
class LibraryDetailsTextTest extends SampleClinicWindowTest {
    @Test
    void theClinicianInABuiltInExercisesTextIsTheClinicsTerm(FxRobot robot) throws Exception {
        Exercise exercise = app.workspace.exercises().all(false, skipped -> { }).stream()
                .filter(e -> e.isBuiltIn() && e.watchFor().stream().anyMatch(l -> l.contains("tell your {clinician}")))
                .findFirst().orElseThrow();
        ClinicProfile profile = app.workspace.clinicProfile().load();
        app.workspace.clinicProfile().save(profile.withCountry("US", ClinicianTerm.PHYSICAL_THERAPIST));
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        pickInLibrary(robot, exercise.name(), exercise.name());
        List<String> shown = detailLines(robot);
        assertTrue(shown.stream().anyMatch(l -> l.contains("tell your physical therapist")), shown.toString());
        assertEquals(List.of(), shown.stream().filter(l -> l.contains("{")).toList(), "no placeholder left");

        app.workspace.clinicProfile().save(profile.withCountry("GB", ClinicianTerm.PHYSIOTHERAPIST));
        AppHarness.onFx(() -> app.root.shellModel().show(Section.SETTINGS));
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        app.settle();
        List<String> again = detailLines(robot);
        assertTrue(again.stream().anyMatch(l -> l.contains("tell your physiotherapist")),
                "the clinic's term, read anew on coming back from Settings: " + again);
    }

    /** The English details' lines (the Spanish section under them has its own). */
    private static List<String> detailLines(FxRobot robot) {
        return robot.lookup("#exercise-details .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
