package org.restride.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.restride.domain.Patient;
import org.restride.ui.AppHarness;
import org.restride.ui.SampleClinicWindowTest;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first pick in the patient list, none chosen before, by Home and by a click: she is chosen and her details
 * shown, with no error nobody planned for (the list was once reloaded while it was still telling of the pick).
 */
class FirstPatientPickTest extends SampleClinicWindowTest {

    @Test
    void homeInThePatientListSelectsTheFirstPatient(FxRobot fx) throws Throwable {
        ListView<Patient> patients = patientList(fx);
        AppHarness.onFx(patients::requestFocus);
        fx.push(KeyCode.HOME);
        assertFirstChosen(fx, patients);
    }

    @Test
    void aClickOnTheFirstPatientSelectsHer(FxRobot fx) throws Throwable {
        ListView<Patient> patients = patientList(fx);
        fx.clickOn(fx.lookup("#patient-list .list-cell").nth(0).queryAs(Node.class));
        assertFirstChosen(fx, patients);
    }

    private static ListView<Patient> patientList(FxRobot fx) {
        fx.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Patient> patients = fx.lookup("#patient-list").queryListView();
        assertEquals(-1, patients.getSelectionModel().getSelectedIndex(), "no patient chosen yet");
        return patients;
    }

    private void assertFirstChosen(FxRobot fx, ListView<Patient> patients) throws Throwable {
        app.settle();
        WaitForAsyncUtils.checkException(); // an error on the JavaFX thread fails here, not later at closing
        assertEquals(0, patients.getSelectionModel().getSelectedIndex());
        String first = patients.getItems().get(0).displayName();
        assertEquals(first, patients.getSelectionModel().getSelectedItem().displayName());
        assertEquals(first, fx.lookup("#patient-name").queryAs(TextInputControl.class).getText(), "her details shown");
    }
}
