package org.restride.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only. With {@code -Drestride.bench.exitAfterFirstFrame=true} it prints
 * {@link #MARKER} once the shown window's first frame is out (its first pulse rendered and the next one begun)
 * and closes the window, as a user would, which ends the program. Without the property it does nothing.
 */
public final class FirstFrameProbe {
    public static final String PROPERTY = "restride.bench.exitAfterFirstFrame";
    public static final String MARKER = "restride: first frame";

    private FirstFrameProbe() {
    }

    public static void attachIfAsked(Scene scene) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            pulses[0]++;
            if (pulses[0] == 1) {
                // asked for after this pulse ends: a request made during a pulse may be dropped with it
                Platform.runLater(Platform::requestNextPulse);
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(() -> {
                System.out.println(MARKER);
                System.out.flush();
                scene.getWindow().hide();
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
