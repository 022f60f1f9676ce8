package org.restride.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.restride.ui.RefusingTable;
import org.restride.ui.SampleClinicWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Her details changed while the data file refuses them: closing asks, and kept open they are saved once it can. */
class ClosingWithUnsavedDetailsTest extends SampleClinicWindowTest {
    private Window window() {
        return app.scene.getWindow();
    }

    private void openFirstPatient(FxRobot fx) {
        fx.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        fx.clickOn(fx.lookup("#patient-list .list-cell").nth(0).queryAs(Node.class));
        app.settle();
    }

    /** Closes by the close box, checks what the question says, keeps the window open. */
    private void closeAndKeepOpen(FxRobot fx, String header) throws Exception {
        app.clickCloseBox();
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> fx.lookup("#closing-unsaved").tryQuery().isPresent());
        assertEquals(header, fx.lookup("#closing-unsaved").queryAs(DialogPane.class).getHeaderText());
        fx.clickOn("#closing-keep-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window().isShowing(), "kept open");
    }

    @Test
    void detailsThatCouldNotBeSavedAreAskedAboutThenSavedOnceTheDiskTakesThem(FxRobot fx) throws Exception {
        openFirstPatient(fx);
        long id = app.workspace.patients().search("").stream()
                .filter(p -> p.displayName().equals(fx.lookup("#patient-name").queryTextInputControl().getText()))
                .findFirst().orElseThrow().id();
        try (RefusingTable full = RefusingTable.in(folder.resolve("data"), "patients")) {
            fx.clickOn("#patient-name").push(KeyCode.END).write(" Reyes");
            app.settle();
            closeAndKeepOpen(fx, "1 edit not saved");
        }
        app.clickCloseBox();
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> !window().isShowing());
        app.settle();
        assertTrue(app.workspace.patients().find(id).orElseThrow().displayName().endsWith(" Reyes"), "written on closing");
    }

    @Test
    void aSavedPatientsNameClearedIsAskedAboutOnClosing(FxRobot fx) throws Exception {
        openFirstPatient(fx);
        String name = fx.lookup("#patient-name").queryTextInputControl().getText();
        fx.clickOn("#patient-name").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        app.settle();
        closeAndKeepOpen(fx, "1 change was not kept");
        fx.clickOn("#patient-name").write(name);
        app.settle();
        app.clickCloseBox();
        WaitForAsyncUtils.waitFor(25, TimeUnit.SECONDS, () -> !window().isShowing());
    }
}
