package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The roadmap editor on a 1366×768 clinic laptop: room for the exercises, the dosage beside them, no label cut. */
class EditorLayoutTest extends SampleClinicWindowTest {

    @BeforeEach
    void openALongFirstPhase() {
        AppHarness.onFx(this::longFirstPhase);
    }

    /**
     * The first phase with 12 exercises (its own, then again), more than the room asked for: the templates hold
     * at most 7 a phase, and the test is about the room, not the plan.
     */
    private void longFirstPhase() {
        Roadmap maya = app.workspace.roadmaps().find(EditorDefectsTest.MAYAS_ROADMAP).orElseThrow();
        List<PhaseItem> items = new ArrayList<>();
        while (items.size() < 12) {
            items.addAll(maya.phases().get(0).items());
        }
        List<Phase> phases = new ArrayList<>(maya.phases());
        phases.set(0, phases.get(0).withItems(items.subList(0, 12)));
        app.workspace.roadmaps().save(maya.withPhases(phases));
        app.root.openRoadmap(EditorDefectsTest.MAYAS_ROADMAP);
    }

    private static Bounds onScene(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Rows of the list that show whole inside the phases' scrolling view. */
    private static int wholeRowsInView(FxRobot fx, String list) {
        ScrollPane scroller = fx.lookup("#phases-scroller").queryAs(ScrollPane.class);
        Bounds view = scroller.localToScene(scroller.getViewportBounds().getWidth() > 0
                ? new javafx.geometry.BoundingBox(0, 0, scroller.getViewportBounds().getWidth(),
                scroller.getViewportBounds().getHeight()) : scroller.getBoundsInLocal());
        ListView<?> items = fx.lookup(list).queryListView();
        int whole = 0;
        for (Node cell : items.lookupAll(".list-cell")) {
            Bounds b = onScene(cell);
            if (cell.isVisible() && ((ListCell<?>) cell).getItem() != null
                    && b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5) {
                whole++;
            }
        }
        return whole;
    }

    /** Labels and buttons in the editor whose text shows cut short ("Start roa…"), outside the exercise rows. */
    private static List<String> cutLabels(Node root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll(".labeled, .label, .button, .radio-button, .check-box, .tab-label")) {
            if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                    && !labeled.getText().isEmpty() && !insideListCell(labeled)) {
                for (Node child : labeled.getChildrenUnmodifiable()) {
                    if (child instanceof Text shown && !shown.getText().equals(labeled.getText())
                            && shown.getText().endsWith("…")) {
                        cut.add(labeled.getText());
                    }
                }
            }
        }
        return cut;
    }

    private static boolean insideListCell(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ListCell) {
                return true;
            }
        }
        return false;
    }

    @Test
    void eightExerciseRowsShowBesideTheDosageAndNoLabelIsCut(FxRobot fx) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            AppHarness.onFx(() -> app.root.shellModel().darkProperty().set(dark));
            ListView<?> items = fx.lookup("#phase-0-items").queryListView();
            AppHarness.onFx(() -> {
                items.requestFocus();
                items.getSelectionModel().select(0);
            });
            WaitForAsyncUtils.waitForFxEvents();
            app.screenshot("roadmap-editor-1366" + (dark ? "-dark" : "-light"));
            Node inspector = fx.lookup("#inspector").query();
            assertTrue(inspector.isVisible(), "the dosage of the selected exercise shows");
            assertTrue(onScene(inspector).getMinX() >= onScene(items).getMaxX(), "beside the list, not under it");
            int rows = wholeRowsInView(fx, "#phase-0-items");
            assertTrue(rows >= 8, "only " + rows + " exercise rows show whole");
            assertEquals(List.of(), cutLabels(app.scene.getRoot()), "labels cut short");
            assertTrue(fx.lookup("#library-results").queryListView().lookupAll(".scroll-bar").stream()
                    .noneMatch(bar -> bar instanceof ScrollBar sb && sb.getOrientation() == Orientation.HORIZONTAL
                            && sb.isVisible()), "the library list fits its width: no sideways scrolling");
        }
    }
}
