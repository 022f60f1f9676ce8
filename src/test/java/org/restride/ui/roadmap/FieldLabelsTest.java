package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.restride.text.Words;
import org.testfx.api.FxRobot;

/**
 * Every field of the roadmap editor says what it is: a screen reader reads a name for each, and a field that shows
 * only a prompt when empty has a visible label too. The dose note's label is its own, not the note to her.
 */
class FieldLabelsTest extends EditorWindowTest {
    private final Words words = Words.english();

    /** The shown label naming {@code field}, if any. */
    private static Optional<Label> labelOf(FxRobot fx, Node field) {
        return fx.lookup(n -> n instanceof Label l && l.getLabelFor() == field && l.isVisible()).tryQuery();
    }

    private static boolean inSpinner(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Spinner<?> || p instanceof ComboBoxBase<?>) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyEditorFieldIsNamedAndNoneHasOnlyAPrompt(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        List<String> unnamed = new ArrayList<>();
        List<String> promptOnly = new ArrayList<>();
        List<Node> fields = new ArrayList<>(List.of(fx.lookup("#roadmap-title").query()));
        for (String part : List.of("#phases-scroller", "#inspector-scroller")) {
            fields.addAll(fx.from(fx.lookup(part).queryAll()).lookup((Node n) -> (n instanceof TextInputControl
                    || n instanceof ComboBoxBase<?>) && n.isVisible() && !inSpinner(n)).queryAll());
        }
        assertTrue(fields.size() > 10, "the editor's fields are found: " + fields.size());
        for (Node n : fields) {
            String id = n.getId() + " (" + n.getClass().getSimpleName() + ")";
            if (n.getAccessibleText() == null || n.getAccessibleText().isBlank()) {
                unnamed.add(id);
            }
            String prompt = n instanceof TextInputControl t ? t.getPromptText() : ((ComboBoxBase<?>) n).getPromptText();
            if (prompt != null && !prompt.isBlank() && labelOf(fx, n).isEmpty()) {
                promptOnly.add(id + ": " + prompt);
            }
        }
        assertEquals(List.of(), unnamed, "fields a screen reader cannot name");
        assertEquals(List.of(), promptOnly, "fields with only a prompt to say what they are");
    }

    @Test
    void theDoseNoteHasALabelOfItsOwnApartFromTheNoteToHer(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        Node doseNote = fx.lookup("#dosage-note").query();
        Label doseLabel = labelOf(fx, doseNote).orElseThrow(() -> new AssertionError("the dose note has no label"));
        assertEquals(words.get("editor.ui.doseNote"), doseLabel.getText());
        assertEquals(doseLabel.getText(), doseNote.getAccessibleText());
        Label noteLabel = labelOf(fx, fx.lookup("#item-note").query()).orElseThrow();
        assertNotEquals(noteLabel.getText(), doseLabel.getText());
        assertTrue(doseLabel.getText().toLowerCase().contains("dose"), doseLabel.getText());
    }
}
