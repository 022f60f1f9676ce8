package org.restride.ui.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Roadmap;
import org.restride.store.ExerciseListing;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** From an exercise to its dosage and back by keyboard, and from the library to the exercise just added. */
class KeyboardJumpsTest extends EditorWindowTest {
    private boolean inTheDosage(FxRobot fx) {
        return EditorWindow.inside(ed.focusOwner(), fx.lookup("#dosage-sets").query());
    }

    @Test
    void enterOnAnExerciseGoesToItsDosage(FxRobot fx) {
        ed.focusItem(fx, 1, 1);
        fx.push(KeyCode.ENTER);
        assertTrue(inTheDosage(fx), "in Sets: " + ed.focusOwner());
        assertEquals(1, ed.list(fx, 1).getSelectionModel().getSelectedIndex(), "the exercise stays selected");
    }

    @Test
    void f2OnAnExerciseGoesToItsDosage(FxRobot fx) {
        ed.focusItem(fx, 0, 0);
        fx.push(KeyCode.F2);
        assertTrue(inTheDosage(fx), "in Sets: " + ed.focusOwner());
    }

    @Test
    void escapeInTheDosageComesBackToTheExercise(FxRobot fx) {
        ed.focusItem(fx, 1, 1);
        fx.push(KeyCode.ENTER).push(KeyCode.TAB).push(KeyCode.ESCAPE);
        assertSame(ed.list(fx, 1), ed.focusOwner());
        assertEquals(1, ed.list(fx, 1).getSelectionModel().getSelectedIndex());
    }

    @Test
    void anExerciseAddedFromTheLibraryIsSelectedAndEscapeGoesToIt(FxRobot fx) throws Exception {
        ed.focusItem(fx, 0, 0);
        ListView<ExerciseListing> library = fx.lookup("#library-results").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !library.getItems().isEmpty());
        ed.focus(library);
        fx.push(KeyCode.DOWN).push(KeyCode.ENTER);
        Roadmap after = ed.saved();
        int last = after.phases().get(0).items().size() - 1;
        ListView<?> list = ed.list(fx, 0);
        assertEquals(last, list.getSelectionModel().getSelectedIndex(), "the new exercise, last, is selected");
        Node libraryFocus = ed.focusOwner();
        assertSame(library, libraryFocus, "the keyboard stays in the library for the next one");
        fx.push(KeyCode.ESCAPE);
        assertSame(list, ed.focusOwner());
        assertEquals(last, list.getSelectionModel().getSelectedIndex());
    }
}
