package org.restride.ui;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.restride.text.Words;

/**
 * The last line of defence: an exception no code planned for is logged (its type and frames only: a message may
 * quote what the PT typed, and the log names no patient) and told in a plain dialog that leaves the window usable.
 * While one such dialog is open, more errors are logged but not shown again, so a failing repaint cannot bury the
 * window in dialogs.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = Logger.getLogger(UncaughtErrors.class.getName());

    private final Words words;
    private final Supplier<Window> owner;
    private Alert showing;

    public UncaughtErrors(Words words, Supplier<Window> owner) {
        this.words = words;
        this.owner = owner;
    }

    /** Handles errors of every thread, the JavaFX thread included. Call on the JavaFX thread. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        // The log's formatter writes an error's type and frames, never its message (it may quote what was typed).
        LOG.log(Level.SEVERE, "Unexpected error on thread " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show();
        } else {
            Platform.runLater(this::show);
        }
    }


    private void show() {
        if (showing != null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, words.get("errors.unexpected.body"));
        alert.setTitle(words.get("errors.unexpected.title"));
        alert.setHeaderText(words.get("errors.unexpected.header"));
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            alert.initOwner(window);
        }
        alert.getDialogPane().setId("unexpected-error");
        alert.setOnHidden(e -> showing = null);
        showing = alert;
        alert.show();
    }
}
