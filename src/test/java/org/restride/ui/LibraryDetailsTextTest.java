package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.ClinicProfile;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.Exercise;
import org.restride.store.ExerciseListing;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A built-in exercise's read-only text in the Library reads as her handout prints it: "tell your physical
 * therapist", in the clinic's own term, never a raw {clinician}.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryDetailsTextTest {
    @TempDir
    Path folder;
    AppHarness app;

    @Start
    void start(Stage stage) {
        app = AppHarness.startOnSampleClinic(stage, folder);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theClinicianInABuiltInExercisesTextIsTheClinicsTerm(FxRobot robot) throws Exception {
        Exercise exercise = app.workspace.exercises().all(false, skipped -> { }).stream()
                .filter(e -> e.isBuiltIn() && e.watchFor().stream().anyMatch(l -> l.contains("tell your {clinician}")))
                .findFirst().orElseThrow();
        ClinicProfile profile = app.workspace.clinicProfile().load();
        app.workspace.clinicProfile().save(profile.withCountry("US", ClinicianTerm.PHYSICAL_THERAPIST));
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        show(robot, exercise);
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

    /** Chooses the exercise in the Library's list (found by its name), afresh each time. */
    @SuppressWarnings("unchecked")
    private void show(FxRobot robot, Exercise exercise) throws Exception {
        ListView<ExerciseListing> list = robot.lookup("#library-results").queryAs(ListView.class);
        TextField search = robot.lookup("#library-search").queryAs(TextField.class);
        AppHarness.onFx(() -> search.setText(exercise.name()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(l -> l.id().equals(exercise.id())));
        AppHarness.onFx(() -> {
            list.getSelectionModel().clearSelection();
            list.getItems().stream().filter(l -> l.id().equals(exercise.id())).findFirst()
                    .ifPresent(l -> list.getSelectionModel().select(l));
        });
        app.settle();
        assertTrue(robot.lookup("#exercise-details").tryQuery().isPresent(), "the details show");
    }

    private static List<String> detailLines(FxRobot robot) {
        return robot.lookup("#exercise-details .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
