package org.restride.ui.patients;

import javafx.scene.Node;
import org.restride.domain.Patient;

/** A tab beside the patient's details, such as a visit or her history: told who is showing, and when it is shown. */
public interface PatientTab {
    String title();

    /** The tab's id, for tests and keyboard users. */
    String id();

    Node node();

    /** The patient now showing, or null for a new patient not saved yet. The same patient, edited, comes again. */
    void showPatient(Patient patient);

    /** The tab came to the front, or the section was shown again: refresh what may have changed elsewhere. */
    default void shown() {
    }
}
