package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;

/**
 * A copy of a built-in exercise, edited in the Library: its text shows {clinician} and the regional words as the
 * clinic prints them (the sample clinic is in the UK and says "physiotherapist"), never as placeholders. Saved
 * unchanged, the copy keeps its placeholders; what the PT retypes is kept as typed.
 */
class LibraryStoredWordsTest extends SampleClinicWindowTest {
    @BeforeEach
    void copyThePelvicFloorExercise(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        pickInLibrary(robot, "pelvic floor find", "Pelvic floor: find it and let it go");
        robot.clickOn("#copy-exercise");
        waitFor(() -> robot.lookup("#exercise-steps-field").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).<TextInputControl>query().getText();
    }

    @Test
    void theCopyShowsTheClinicsWordsInEveryField(FxRobot robot) {
        List<String> raw = new ArrayList<>();
        for (Node n : robot.lookup(node -> node instanceof TextInputControl && node.isVisible()).queryAll()) {
            String shown = ((TextInputControl) n).getText();
            if (shown != null && shown.contains("{")) {
                raw.add(n.getId() + ": " + shown);
            }
        }
        assertEquals(List.of(), raw, "fields showing a raw placeholder");
        assertTrue(text(robot, "#exercise-steps-field").contains("holding in wind and a wee"),
                text(robot, "#exercise-steps-field"));
        assertTrue(text(robot, "#exercise-watchFor-field").contains("tell your physiotherapist"),
                text(robot, "#exercise-watchFor-field"));
        assertTrue(text(robot, "#dosage-note").contains("Don't practise by stopping your wee"), text(robot, "#dosage-note"));
        assertTrue(text(robot, "#es-watchFor").contains("fisioterapeuta"), text(robot, "#es-watchFor"));
    }

    @Test
    void savedUnchangedTheCopyKeepsItsPlaceholders(FxRobot robot) {
        robot.clickOn("#save-exercise");
        Exercise saved = madeInTest();
        assertTrue(saved.steps().get(1).contains("{common.word.pee}"), saved.steps().get(1));
        assertTrue(saved.watchFor().get(0).contains("{clinician}"), saved.watchFor().get(0));
        assertTrue(saved.defaultDosage().note().contains("{common.word.pee}"), saved.defaultDosage().note());
    }

    @Test
    void whatThePtRetypesIsKeptAsTyped(FxRobot robot) {
        TextInputControl steps = robot.lookup("#exercise-steps-field").query();
        AppHarness.onFx(() -> steps.setText("Lie on your back.\nSqueeze gently as if stopping wind."));
        robot.clickOn("#save-exercise");
        Exercise saved = madeInTest();
        assertEquals(List.of("Lie on your back.", "Squeeze gently as if stopping wind."), saved.steps());
        assertTrue(saved.watchFor().get(0).contains("{clinician}"), "a field left alone keeps its placeholder");
    }
}
