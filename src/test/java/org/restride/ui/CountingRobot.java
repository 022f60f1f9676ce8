package org.restride.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** Drives the window like a person and counts the clicks and keystrokes it took. */
final class CountingRobot {
    private final FxRobot robot;
    private int actions;

    CountingRobot(FxRobot robot) {
        this.robot = robot;
    }

    CountingRobot click(String query) {
        robot.clickOn(query);
        actions++;
        return this;
    }

    CountingRobot click(Node node) {
        robot.clickOn(node);
        actions++;
        return this;
    }

    /** One key, or a combination such as Ctrl+N pressed together: one action. */
    CountingRobot keys(KeyCode... combination) {
        robot.push(combination);
        actions++;
        return this;
    }

    /** Types text; each character counts. */
    CountingRobot type(String text) {
        robot.write(text);
        actions += text.length();
        return this;
    }

    /** Types text that the count leaves out (the patient's name). */
    CountingRobot typeUncounted(String text) {
        robot.write(text);
        return this;
    }

    int actions() {
        return actions;
    }
}
