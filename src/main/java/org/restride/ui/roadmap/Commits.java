package org.restride.ui.roadmap;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import java.util.function.BooleanSupplier;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.StringConverter;
import org.restride.domain.Bounds;
import org.restride.domain.ValidationException;

/**
 * How the editor's text and number fields commit: on Enter or on leaving the field, never per keystroke; Escape
 * puts the saved value back instead. Each field keeps its commit, so Ctrl+Z (and closing the window) can commit
 * what is typed first.
 */
public final class Commits {
    private static final String KEY = "restride.commit";

    private Commits() {
    }

    /** Commits a text field (or area) on Enter (text fields only) and on leaving it; Escape is left to the field. */
    public static void onLeave(TextInputControl field, Runnable commit) {
        onLeave(field, commit, () -> false);
    }

    /**
     * Commits a text field (or area) on Enter (text fields only) and on leaving it. Escape runs {@code revert}, which
     * puts the saved value back and says whether anything changed; if nothing did, Escape goes on to the editor.
     */
    public static void onLeave(TextInputControl field, Runnable commit, BooleanSupplier revert) {
        field.getProperties().put(KEY, commit);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && revert.getAsBoolean()) {
                field.end();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(e -> commit.run());
        } else {
            field.addEventFilter(KeyEvent.KEY_PRESSED, Commits::tabLeaves);
            selectsAllOnKeyboardFocus(field);
        }
    }

    /**
     * A text area takes the keyboard as a one-line field does: all its text selected, the caret at the end, so that
     * typing never lands in front of the saved text. A click keeps the caret where it put it.
     */
    private static void selectsAllOnKeyboardFocus(TextInputControl field) {
        boolean[] byMouse = {false};
        field.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> byMouse[0] = !field.isFocused());
        field.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> byMouse[0] = false);
        ChangeListener<Node> owner = (o, was, now) -> {
            if (now == field && !byMouse[0]) {
                field.selectAll();
            } else if (was == field) {
                byMouse[0] = false;
            }
        };
        field.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(owner);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(owner);
            }
        });
        if (field.getScene() != null) {
            field.getScene().focusOwnerProperty().addListener(owner);
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

    /**
     * An editable spinner commits its typed text on Enter and on leaving it; what is not a number is refused quietly
     * and a number outside the spinner's range is handed to {@code refused} (named {@code field}, never brought
     * within the range): either way the spinner shows its value again. Escape puts the value back.
     */
    static void onLeave(Spinner<Integer> spinner, String field, Consumer<ValidationException> refused) {
        SpinnerValueFactory<Integer> factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                return typed(factory, text == null ? "" : text.strip(), field, refused);
            }
        });
        Runnable commit = () -> commitText(spinner);
        spinner.getProperties().put(KEY, commit);
        spinner.getEditor().getProperties().put(KEY, commit);
        spinner.getEditor().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit.run();
                e.consume();
            }
        });
        // The spinner holds the focus and hands keys on to its editor, all but Escape: it is heard here.
        spinner.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            String shown = factory.getConverter().toString(spinner.getValue());
            if (e.getCode() == KeyCode.ESCAPE && !shown.equals(spinner.getEditor().getText())) {
                spinner.getEditor().setText(shown);
                e.consume();
            }
        });
        spinner.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
    }

    /** The typed number if the spinner takes it, else its value as it is (the spinner also reads on leaving). */
    private static Integer typed(SpinnerValueFactory<Integer> factory, String text, String field,
            Consumer<ValidationException> refused) {
        Bounds bounds = factory instanceof SpinnerValueFactory.IntegerSpinnerValueFactory range
                ? new Bounds(range.getMin(), range.getMax()) : new Bounds(Integer.MIN_VALUE, Integer.MAX_VALUE);
        try {
            return TypedNumber.whole(field, text, bounds);
        } catch (ValidationException e) {
            refused.accept(e);
            return factory.getValue();
        }
    }

    /** Takes the typed number (what it does not take gives the value back), then shows the value. */
    private static void commitText(Spinner<Integer> spinner) {
        StringConverter<Integer> converter = spinner.getValueFactory().getConverter();
        spinner.getValueFactory().setValue(converter.fromString(spinner.getEditor().getText()));
        spinner.getEditor().setText(converter.toString(spinner.getValue()));
    }

    /** Commits whatever field holds the focus (or contains it), if it is one of the editor's. */
    public static void commitFocused(Node focused) {
        for (Node n = focused; n != null; n = n.getParent()) {
            Object commit = n.getProperties().get(KEY);
            if (commit instanceof Runnable run) {
                run.run();
                return;
            }
        }
    }

    /**
     * Shows a value in a field unless it already says so (so the caret stays where the PT left it); true if the
     * field changed.
     */
    static boolean show(TextInputControl field, String value) {
        String text = value == null ? "" : value;
        if (!text.equals(field.getText())) {
            field.setText(text);
            return true;
        }
        return false;
    }
}
