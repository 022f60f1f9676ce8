package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.app.ClinicWords;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.text.Languages;
import org.restride.text.Words;
import org.testfx.api.FxRobot;

/**
 * The roadmap's stored text holds placeholders ({common.word.onTheSpot}, {common.word.pee}, {clinician}). The
 * editor shows them in the clinic's words (Maya's clinic is in the UK and says "physiotherapist"); a field the PT
 * only looks at keeps the placeholder, and what she types is kept as typed.
 */
class StoredWordsTest extends EditorWindowTest {
    private int phaseWithPlaceholder(Roadmap r) {
        for (int i = 0; i < r.phases().size(); i++) {
            if (r.phases().get(i).purpose() != null && r.phases().get(i).purpose().contains("{")) {
                return i;
            }
        }
        throw new AssertionError("Maya's roadmap has a purpose with a placeholder");
    }

    /** The phase and place of the first exercise whose dose note holds a placeholder. */
    private int[] itemWithPlaceholder(Roadmap r) {
        for (int p = 0; p < r.phases().size(); p++) {
            List<PhaseItem> items = r.phases().get(p).items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).dosage().note() != null && items.get(i).dosage().note().contains("{")) {
                    return new int[] {p, i};
                }
            }
        }
        throw new AssertionError("Maya's roadmap has a dose note with a placeholder");
    }

    private Words clinicWords() {
        return ClinicWords.of(ed.app.workspace.clinicProfile().load(), Languages.DEFAULT);
    }

    /** Every text field and prompt the editor shows now that holds a brace, as "id: text". */
    private List<String> braces(FxRobot fx) {
        List<String> found = new ArrayList<>();
        for (Node n : fx.lookup(node -> node instanceof TextInputControl && node.isVisible()).queryAll()) {
            TextInputControl field = (TextInputControl) n;
            for (String text : new String[] {field.getText(), field.getPromptText()}) {
                if (text != null && text.contains("{")) {
                    found.add(field.getId() + ": " + text);
                }
            }
        }
        return found;
    }

    @Test
    void everyFieldShowsTheClinicsWordsNeverAPlaceholder(FxRobot fx) {
        Roadmap r = ed.saved();
        int phase = phaseWithPlaceholder(r);
        String purpose = EditorWindow.text(fx, "#phase-" + phase + "-purpose");
        assertEquals(clinicWords().fill(r.phases().get(phase).purpose()), purpose);
        List<String> found = new ArrayList<>(braces(fx));
        for (int p = 0; p < r.phases().size(); p++) {
            for (int i = 0; i < r.phases().get(p).items().size(); i++) {
                ed.focusItem(fx, p, i);
                for (String b : braces(fx)) {
                    found.add("phase " + p + " item " + i + " " + b);
                }
            }
        }
        assertEquals(List.of(), found, "no field of the editor shows a raw placeholder");
    }

    @Test
    void theDoseNoteSaysWeeAndTheNotePromptNamesHerPhysiotherapist(FxRobot fx) {
        int[] at = itemWithPlaceholder(ed.saved());
        ed.focusItem(fx, at[0], at[1]);
        String note = EditorWindow.text(fx, "#dosage-note");
        assertTrue(note.contains("wee"), note);
        TextInputControl itemNote = fx.lookup("#item-note").query();
        assertTrue(itemNote.getPromptText().contains("physiotherapist"), itemNote.getPromptText());
    }

    @Test
    void leavingTheFieldsAsShownKeepsThePlaceholdersAndMakesNoUndoStep(FxRobot fx) {
        Roadmap before = ed.saved();
        int phase = phaseWithPlaceholder(before);
        int[] at = itemWithPlaceholder(before);
        ed.focus(fx.lookup("#phase-" + phase + "-purpose").query());
        fx.push(KeyCode.TAB);
        ed.focusItem(fx, at[0], at[1]);
        ed.focus(fx.lookup("#dosage-note").query());
        fx.push(KeyCode.TAB);
        Roadmap after = ed.saved();
        assertEquals(before, after, "nothing was edited");
        assertTrue(after.phases().get(phase).purpose().contains("{common.word."), after.phases().get(phase).purpose());
        assertTrue(fx.lookup("#undo").query().isDisabled(), "no undo step");
    }

    @Test
    void whatSheTypesIsStoredAsTyped(FxRobot fx) {
        int phase = phaseWithPlaceholder(ed.saved());
        int[] at = itemWithPlaceholder(ed.saved());
        typeIn(fx, "#phase-" + phase + "-purpose", "Jog on the spot first.");
        fx.push(KeyCode.TAB);
        ed.focusItem(fx, at[0], at[1]);
        typeIn(fx, "#dosage-note", "Breathe out as you lift.");
        fx.push(KeyCode.TAB);
        Roadmap after = ed.saved();
        Phase changed = after.phases().get(phase);
        assertEquals("Jog on the spot first.", changed.purpose());
        assertEquals("Breathe out as you lift.", after.phases().get(at[0]).items().get(at[1]).dosage().note());
        assertFalse(fx.lookup("#undo").query().isDisabled(), "her edits can be undone");
    }
}
