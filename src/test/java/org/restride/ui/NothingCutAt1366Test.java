package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.restride.ui.shell.Section;
import org.testfx.api.FxRobot;

/**
 * On a clinic laptop's 1366×768 screen, in light and in dark, no label or button of the main screens is cut short
 * (JavaFX shows a clipped text with an ellipsis). The roadmap editor is laid out by its own helper and is not
 * checked here yet: its item rows cut long dose lines.
 */
class NothingCutAt1366Test extends SampleClinicWindowTest {

    @Test
    void noLabelOfTheMainScreensIsCut(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            AppHarness.onFx(() -> app.root.shellModel().darkProperty().set(dark));
            AppHarness.onFx(() -> app.root.openPatient(1));
            cut.addAll(cutIn(theme + " patient details"));
            for (String tab : new String[] {"Visit", "History"}) {
                robot.clickOn(robot.lookup(".tab-pane .tab-label").match(n -> tab.equals(((Labeled) n).getText()))
                        .queryAs(Node.class));
                cut.addAll(cutIn(theme + " patient " + tab.toLowerCase()));
            }
            for (Section section : new Section[] {Section.ROADMAPS, Section.LIBRARY, Section.TEMPLATES, Section.SETTINGS}) {
                AppHarness.onFx(() -> app.root.shellModel().show(section));
                cut.addAll(cutIn(theme + " " + section.name().toLowerCase()));
            }
        }
        assertEquals(List.of(), cut, "cut short at 1366×768");
    }

    private List<String> cutIn(String screen) {
        List<String> found = new ArrayList<>();
        AppHarness.onFx(() -> {
            app.scene.getRoot().applyCss();
            app.scene.getRoot().layout();
            collect(app.scene.getRoot(), screen, found);
        });
        return found;
    }

    /** A shown Labeled whose text node shows less than its text, ending in the ellipsis. */
    static void collect(Node node, String screen, List<String> found) {
        if (!node.isVisible() || node.getScene() == null) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && text.getText() != null && !text.getText().equals(labeled.getText())
                        && text.getText().endsWith(labeled.getEllipsisString()) && !labeled.isWrapText()) {
                    found.add(screen + ": \"" + labeled.getText() + "\" shows as \"" + text.getText() + "\" ("
                            + labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : " #" + labeled.getId()) + ")");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, screen, found);
            }
        }
    }
}
