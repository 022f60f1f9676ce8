package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Spanish of a clinic's own exercise, typed in the Library by keyboard in a 1366×768 window. */
class SpanishExerciseFlowTest extends SampleClinicWindowTest {
    @Test
    void aSpanishNameTypedAndLeftIsSavedAndThereOnReopening(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        robot.clickOn("#new-exercise");
        waitFor(() -> robot.lookup("#es-text").tryQuery().isPresent());
        String id = madeInTest().id();
        TitledPane spanish = robot.lookup("#es-text").queryAs(TitledPane.class);
        assertEquals("Spanish (optional)", spanish.getText());
        assertTrue(!spanish.isExpanded(), "folded while the exercise has no Spanish");

        // opened and filled from the keyboard: the section's title takes focus, Space opens it, Tab enters it
        AppHarness.onFx(() -> scrollIntoView(spanish));
        AppHarness.onFx(spanish::requestFocus);
        robot.type(KeyCode.SPACE);
        waitFor(spanish::isExpanded);
        robot.type(KeyCode.TAB);
        TextField name = robot.lookup("#es-name").queryAs(TextField.class);
        assertTrue(name.isFocused(), "Tab goes from the section's title to the Spanish name");
        robot.write("Puente con banda");
        robot.type(KeyCode.TAB);
        app.settle();
        assertEquals("Puente con banda", app.workspace.exerciseTexts().find(id, "es").orElseThrow().name(),
                "saved on leaving the field");
        assertEquals("Spanish saved. Still in English on the handout: summary, steps, cues.",
                robot.lookup("#es-text-message").queryLabeled().getText());

        AppHarness.onFx(() -> scrollIntoView(name));
        List<String> cut = new ArrayList<>();
        AppHarness.onFx(() -> {
            app.scene.getRoot().applyCss();
            app.scene.getRoot().layout();
            Cuts.ellipsis(spanish, "Spanish section", cut);
        });
        assertEquals(List.of(), cut, "cut short at 1366×768");
        app.screenshot("library-spanish-section");

        reopen(robot);
        TitledPane again = robot.lookup("#es-text").queryAs(TitledPane.class);
        assertTrue(again.isExpanded(), "open when the exercise has Spanish");
        assertEquals("Puente con banda", robot.lookup("#es-name").queryAs(TextField.class).getText());

        // Maya's handout in Spanish, with the exercise in the phase she is in: named as the handout shows it,
        // partly in English (it has a Spanish name, not its steps)
        usedInMayasSpanishHandout(id);
        assertEquals("This exercise will print in English: \"Puente con banda\" (partly in English)."
                + " Printed as you typed it, not translated: her goals.",
                previewMessage(robot, m -> m.contains("Puente con banda")));

        AppHarness.onFx(() -> app.root.shellModel().show(Section.LIBRARY));
        pickInLibrary(robot, "New exercise", "New exercise");
        fill(robot, "#es-summary", "Lo que hace este ejercicio, en una línea.");
        fill(robot, "#es-steps", "Describa la posición inicial.\nDescriba el movimiento.\nDescriba cómo terminar.");
        fill(robot, "#es-cues", "Suelte el aire con el esfuerzo");
        assertEquals("Spanish saved.", robot.lookup("#es-text-message").queryLabeled().getText());
        // the message line changes when the new render is done: waits for it to stop naming the exercise
        String message = previewMessage(robot, m -> !m.contains("Puente con banda"));
        assertTrue(!message.contains("English"), "all its Spanish given, nothing prints in English: " + message);
    }

    /** Types into the Spanish field and leaves it with Tab. */
    private void fill(FxRobot robot, String field, String text) {
        AppHarness.onFx(() -> robot.lookup(field).query().requestFocus());
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                robot.type(KeyCode.ENTER);
            }
            robot.write(lines[i]);
        }
        robot.type(KeyCode.TAB);
        app.settle();
    }

    private void usedInMayasSpanishHandout(String id) {
        Roadmap maya = app.workspace.roadmaps().find(1).orElseThrow();
        Phase current = maya.phases().get(maya.currentPhase());
        List<PhaseItem> items = new ArrayList<>(current.items());
        Exercise ours = app.workspace.exercises().find(id).orElseThrow();
        items.add(new PhaseItem(id, ours.defaultDosage(), null));
        List<Phase> phases = new ArrayList<>(maya.phases());
        phases.set(maya.currentPhase(), current.withItems(items));
        app.workspace.roadmaps().save(maya.withPhases(phases));
        Patient her = app.workspace.patients().find(maya.patientId()).orElseThrow();
        app.workspace.patients().save(her.withHandoutLanguage("es"));
    }

    /** Opens Maya's preview and waits (up to a minute: the render is slow on a busy machine) for its message line. */
    private String previewMessage(FxRobot robot, Predicate<String> until) throws Exception {
        AppHarness.onFx(() -> app.root.openRoadmapPreview(1));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#handout-message").tryQuery()
                .map(n -> ((Labeled) n).getText()).filter(until).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#handout-message").queryLabeled().getText();
    }

    /** Shows a built-in exercise (its Spanish open, read-only), then the new one again, picked from the search results. */
    private void reopen(FxRobot robot) throws Exception {
        pickInLibrary(robot, "squat", null);
        TitledPane builtIn = robot.lookup("#es-text").queryAs(TitledPane.class);
        assertEquals("Spanish", builtIn.getText());
        assertTrue(builtIn.isExpanded(), "a built-in exercise's Spanish shows open");
        assertTrue(robot.lookup("#es-name").tryQuery().isEmpty(), "and has no field to edit");
        AppHarness.onFx(() -> scrollIntoView(builtIn));
        app.screenshot("library-spanish-built-in");
        pickInLibrary(robot, "New exercise", "New exercise");
    }

    private static void scrollIntoView(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof ScrollPane scroller) {
            scroller.layout();
            double contentHeight = scroller.getContent().getBoundsInLocal().getHeight();
            double y = scroller.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = contentHeight - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 80) / room)));
            scroller.layout();
        }
    }
}
