package org.restride.ui.roadmap;

import java.nio.file.Path;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restride.ui.AppHarness;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** For the editor's keyboard tests: each test has the real window with Maya's roadmap open ({@link EditorWindow}). */
@ExtendWith(ApplicationExtension.class)
abstract class EditorWindowTest {
    @TempDir
    Path folder;
    EditorWindow ed;

    /** (TestFX's @Start is not looked for in a superclass: the window is opened here, on its thread.) */
    @BeforeEach
    void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        AppHarness.onFx(() -> ed = EditorWindow.open(stage, folder));
    }

    @AfterEach
    void close() {
        ed.close();
    }

    /** Puts the keyboard in a field, selects what it holds and types over it (no Enter, no Tab). */
    <T extends TextInputControl> T typeIn(FxRobot fx, T field, String text) {
        ed.focus(field);
        fx.push(KeyCode.CONTROL, KeyCode.A).write(text);
        return field;
    }

    /** Puts {@code text} in the first exercise's note to her at once (too long to type) and leaves it by Tab. */
    TextInputControl noteOfFirstExercise(FxRobot fx, String text) {
        ed.focusItem(fx, 0, 0);
        TextInputControl note = fx.lookup("#item-note").query();
        ed.focus(note);
        AppHarness.onFx(() -> note.setText(text));
        fx.push(KeyCode.TAB);
        ed.app.settle();
        return note;
    }

    TextInputControl typeIn(FxRobot fx, String query, String text) {
        return typeIn(fx, fx.lookup(query).<TextInputControl>query(), text);
    }
}
