package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.ui.common.LanguageChoice;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The handout language chosen on her details, by keyboard, in a 1366×768 window; her roadmap's preview then opens
 * in it, and its language box goes over it for one handout.
 */
class HandoutLanguageFlowTest extends SampleClinicWindowTest {

    @Test
    void choosingEspanolOnHerDetailsIsSavedAndTheLabelIsWhole(FxRobot robot) throws Exception {
        AppHarness.onFx(() -> app.root.openPatient(1));
        ComboBox<LanguageChoice> language = robot.lookup("#patient-handout-language").queryComboBox();
        assertEquals("Clinic's setting (English)", language.getValue().label());
        // reached from the field before it with Tab, chosen with the arrow keys
        robot.clickOn("#patient-date-of-birth");
        robot.type(KeyCode.TAB);
        assertTrue(language.isFocused(), "Tab goes from the date of birth to the handout language");
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Español", language.getValue().label());
        app.settle();
        assertEquals("es", app.workspace.patients().find(1).orElseThrow().handoutLanguage(), "saved as she changed it");

        AppHarness.onFx(() -> scrollIntoView(language));
        Label label = robot.lookup(n -> n instanceof Label l && l.getLabelFor() == language).query();
        assertEquals("Handout language", label.getText());
        // NothingCutAt1366Test checks that no label of her details is cut short; here: both are in view
        assertTrue(inWindow(label) && inWindow(language), "the choice and its label are inside the 1366×768 window");
        app.screenshot("patient-handout-language");

        // her roadmap's preview opens in Español: the box shows the language the handout was made in
        AppHarness.onFx(() -> app.root.openRoadmapPreview(1));
        ComboBox<LanguageChoice> box = robot.lookup("#preview-language").queryComboBox();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> box.getValue() != null);
        assertEquals("Español", box.getValue().label(), "the box takes the language the first render was made in");

        // the box goes over her details for this handout, and renders again; her details keep Español
        ListView<Integer> pages = robot.lookup("#preview-pages").queryListView();
        AtomicInteger renders = new AtomicInteger();
        AppHarness.onFx(() -> pages.getItems().addListener((ListChangeListener<Integer>) c -> renders.incrementAndGet()));
        robot.clickOn(box).clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match(n -> "English".equals(((Labeled) n).getText())).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> renders.get() > 0);
        assertEquals("English", box.getValue().label());
        assertEquals("es", app.workspace.patients().find(1).orElseThrow().handoutLanguage());
        app.screenshot("preview-language");
    }

    private boolean inWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= AppHarness.WIDTH && b.getMaxY() <= AppHarness.HEIGHT;
    }

    private static void scrollIntoView(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (parent instanceof ScrollPane scroller) {
            double contentHeight = scroller.getContent().getBoundsInLocal().getHeight();
            double y = scroller.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = contentHeight - scroller.getViewportBounds().getHeight();
            scroller.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 80) / room)));
            scroller.layout();
        }
    }
}
