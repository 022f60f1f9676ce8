package org.restride;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only, beside the launcher: not part of the window, it watches it from outside. With
 * {@code -Drestride.bench.exitAfterFirstFrame=true} it prints {@link #MARKER} once the shown window's first frame
 * is out (its first pulse rendered and the next one begun) and closes the window, as a user would, which ends the
 * program. Without the property it does nothing.
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
        // A running animation timer keeps pulses coming, so the pulse after the first one surely follows.
        AnimationTimer nextPulse = new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                System.out.println(MARKER);
                System.out.flush();
                Platform.runLater(() -> scene.getWindow().hide());
            }
        };
        Runnable[] firstPulse = new Runnable[1];
        firstPulse[0] = () -> {
            scene.removePostLayoutPulseListener(firstPulse[0]);
            Platform.runLater(nextPulse::start);
        };
        scene.addPostLayoutPulseListener(firstPulse[0]);
    }
}
