package org.restride.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * On a clinic laptop's 1366×768 screen, in light and in dark, no label or button of the main screens is cut short
 * (JavaFX shows a clipped text with an ellipsis): not on her details, her visit and history, the roadmap list,
 * the editor with each exercise chosen (its rows, its dosage), the Library, Templates or Settings.
 */
class NothingCutAt1366Test extends SampleClinicWindowTest {

    @Test
    void noLabelOfTheMainScreensIsCut() {
        assertEquals("", ScreenTour.walk(app, Cuts::ellipsis), "cut short at 1366×768");
    }
}
