package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restride.cli.CommandLineRunner;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The roadmap editor's defects found by reading its code (issue 13), each as a PT meets it at the keyboard. */
class EditorDefectsTest extends SampleClinicWindowTest {
    static final long MAYAS_ROADMAP = 1;


    @BeforeEach
    void openMayasRoadmap() {
        AppHarness.onFx(() -> app.root.openRoadmap(MAYAS_ROADMAP));
    }

    /** The roadmap as the database holds it, once the editor's writes have all landed. */
    private Roadmap saved() {
        WaitForAsyncUtils.waitForFxEvents();
        app.root.writer().awaitIdle();
        return app.workspace.roadmaps().find(MAYAS_ROADMAP).orElseThrow();
    }

    private static List<String> ids(Roadmap r, int phase) {
        return r.phases().get(phase).items().stream().map(PhaseItem::exerciseId).toList();
    }

    private void selectItem(FxRobot fx, int phase, int index) {
        ListView<?> items = fx.lookup("#phase-" + phase + "-items").queryListView();
        AppHarness.onFx(() -> {
            items.requestFocus();
            items.getSelectionModel().select(index);
        });
    }

    /** The input under a field label of the dosage inspector ("Rest (s)"), found as a PT finds it: by its label. */
    private static TextInputControl dosageField(FxRobot fx, String label) {
        Label found = fx.lookup(".dosage-editor .field-label").match((Label l) -> l.getText().equals(label)).query();
        Node input = found.getLabelFor() != null ? found.getLabelFor() : ((Parent) found.getParent()).getChildrenUnmodifiable().get(1);
        return (TextInputControl) input;
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private String undoMenuText(FxRobot fx) {
        MenuBar bar = fx.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("Edit")).findFirst().orElseThrow()
                .getItems().get(0).getText().replace("_", "");
    }

    @Test
    void altDownTwiceMovesTheItemDownTwoPlaces(FxRobot fx) {
        List<String> before = ids(saved(), 0);
        selectItem(fx, 0, 0);
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        fx.push(KeyCode.ALT, KeyCode.DOWN);
        List<String> after = ids(saved(), 0);
        assertEquals(before.get(0), after.get(2), "the first exercise went down two places");
        assertEquals(List.of(before.get(1), before.get(2)), after.subList(0, 2));
    }

    @Test
    void afterAPhaseMoveTheInspectorEditsTheMovedItem(FxRobot fx) {
        Roadmap before = saved();
        PhaseItem watched = before.phases().get(1).items().get(0);
        selectItem(fx, 1, 0);
        MenuButton actions = fx.lookup("#phase-1-actions").queryAs(MenuButton.class);
        MenuItem up = actions.getItems().stream().filter(i -> "Move phase up".equals(i.getText())).findFirst().orElseThrow();
        AppHarness.onFx(up::fire);
        WaitForAsyncUtils.waitForFxEvents();
        int sets = watched.dosage().sets() == 5 ? 4 : 5;
        fx.doubleClickOn("#dosage-sets .text-field").write(Integer.toString(sets)).push(KeyCode.ENTER);
        Roadmap after = saved();
        assertEquals(before.phases().get(1).name(), after.phases().get(0).name(), "the phase moved up");
        assertEquals(sets, after.phases().get(0).items().get(0).dosage().sets(), "the moved item took the edit");
        assertEquals(before.phases().get(0).items().get(0), after.phases().get(1).items().get(0),
                "the item now at the old place is untouched");
    }

    @Test
    void weekSpinnersOfPhaseThreeKeepFocusAfterAnEdit(FxRobot fx) {
        Roadmap before = saved();
        int from = before.phases().get(2).weeks().from();
        Integer to = before.phases().get(2).weeks().to();
        int wanted = to != null && from + 1 > to ? from - 1 : from + 1;
        Node card = fx.lookup("#phase-2").query();
        Node editor = fx.from(card).lookup(".spinner .text-field").nth(0).query();
        AppHarness.onFx(editor::requestFocus);
        fx.push(KeyCode.CONTROL, KeyCode.A).write(Integer.toString(wanted)).push(KeyCode.ENTER);
        assertEquals(wanted, saved().phases().get(2).weeks().from(), "the edit is saved");
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = app.scene.getFocusOwner();
        assertTrue(inside(focused, fx.lookup("#phase-2").query()), "focus stayed in phase 3, not " + focused);
        assertTrue(inside(editor, focused), "focus stayed in the spinner that was edited, not " + focused);
    }

    @Test
    void ctrlZInATextFieldIsTheEditorsUndoAndKeepsRedo(FxRobot fx) {
        String original = saved().phases().get(0).name();
        fx.clickOn("#phase-0-name").push(KeyCode.CONTROL, KeyCode.A).write("Calm start").push(KeyCode.ENTER);
        assertEquals("Calm start", saved().phases().get(0).name());
        fx.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(original, saved().phases().get(0).name(), "Ctrl+Z in the field undid the rename");
        fx.push(KeyCode.TAB);
        assertEquals(original, saved().phases().get(0).name(), "leaving the field saved nothing new");
        assertFalse(fx.lookup("#redo").queryButton().isDisabled(), "the rename can still be redone");
        fx.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("Calm start", saved().phases().get(0).name(), "and redo brings it back");
    }

    @Test
    void typing120IntoADosageFieldThenTabIsOneUndoStepNamedAfterTheField(FxRobot fx) {
        Roadmap before = saved();
        selectItem(fx, 0, 0);
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl rest = dosageField(fx, "Rest (s)");
        fx.clickOn(rest).push(KeyCode.CONTROL, KeyCode.A).write("120").push(KeyCode.TAB);
        assertEquals(120, saved().phases().get(0).items().get(0).dosage().restSeconds());
        assertEquals("Undo rest time", undoMenuText(fx));
        fx.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, saved(), "one undo takes the whole \"120\" back");
    }

    @Test
    void theItemsNoteIsEditableAndPrints(FxRobot fx) throws Exception {
        selectItem(fx, 0, 0);
        WaitForAsyncUtils.waitForFxEvents();
        String note = "Go gently on the stairs this week";
        Node field = fx.lookup("#item-note").query();
        AppHarness.onFx(field::requestFocus); // as Tab from the dose's own note reaches it, wherever it has scrolled
        fx.write(note).push(KeyCode.TAB);
        assertEquals(note, saved().phases().get(0).items().get(0).note());
        Path pdf = folder.resolve("maya.pdf");
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"--data-dir", folder.resolve("data").toString(), "export", "--roadmap",
                Long.toString(MAYAS_ROADMAP), "--out", pdf.toString(), "--all-phases"}, p -> { },
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(note), "the handout prints the note");
        }
    }
}
