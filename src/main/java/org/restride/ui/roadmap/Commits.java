package org.restride.ui.roadmap;

import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * How the editor's text and number fields commit: on Enter or on leaving the field, never per keystroke. Each
 * field keeps its commit, so Ctrl+Z can commit what is typed before undoing it.
 */
public final class Commits {
    private static final String KEY = "restride.commit";

    private Commits() {
    }

    /** Commits a text field (or area) on Enter (text fields only) and on leaving it. */
    public static void onLeave(TextInputControl field, Runnable commit) {
        field.getProperties().put(KEY, commit);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(e -> commit.run());
        } else {
            field.addEventFilter(KeyEvent.KEY_PRESSED, Commits::tabLeaves);
        }
    }

    /** In a text area, Tab moves on to the next field (as in every other field) instead of typing a tab. */
    private static void tabLeaves(KeyEvent e) {
        if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()
                && e.getSource() instanceof Node source) {
            e.consume();
            source.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                    e.getCode(), e.isShiftDown(), true, false, false));
        }
    }

    /** An editable spinner commits its typed text on leaving it too (Enter and the arrows commit already). */
    static void onLeave(Spinner<Integer> spinner) {
        Runnable commit = () -> commitText(spinner);
        spinner.getProperties().put(KEY, commit);
        spinner.getEditor().getProperties().put(KEY, commit);
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    private static void commitText(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText();
        try {
            Integer value = spinner.getValueFactory().getConverter().fromString(text.strip());
            if (value != null) {
                spinner.getValueFactory().setValue(value);
            }
        } catch (RuntimeException e) {
            // not a number: the spinner shows its value again
        }
        spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(spinner.getValue()));
    }

    /** Commits whatever field holds the focus (or contains it), if it is one of the editor's. */
    static void commitFocused(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            Object commit = n.getProperties().get(KEY);
            if (commit instanceof Runnable run) {
                run.run();
                return;
            }
        }
    }

    /** Shows a value in a field unless it already says so (so the caret stays where the PT left it). */
    static void show(TextInputControl field, String value) {
        String text = value == null ? "" : value;
        if (!text.equals(field.getText())) {
            field.setText(text);
        }
    }
}
