package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * On a clinic laptop's 1366×768 screen, in light and in dark, with the sample clinic's data, no text is cut where
 * a label test cannot see it: no field narrower than what it holds (a phase's name, a tempo), no text box hiding
 * lines (a phase's purpose), no row drawn over the next, no text cut by the edge of its box, and no exercise row of
 * the editor ending its dose in "…".
 */
class FieldsCutAt1366Test extends SampleClinicWindowTest {
    @Test
    void noTextIsCutInFieldsBoxesOrRows() {
        assertEquals("", ScreenTour.walk(app, (root, screen, found) -> {
            Cuts.fields(root, screen, found);
            Cuts.textAreas(root, screen, found);
            Cuts.cells(root, screen, found);
            Cuts.clipped(root, screen, found);
            Cuts.ellipsis(root, screen, found);
        }), "cut at 1366×768");
    }
}
