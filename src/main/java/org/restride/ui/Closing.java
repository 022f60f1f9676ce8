package org.restride.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.restride.app.Writer;
import org.restride.text.Words;

/**
 * The PT closes the window (its close box, or File ▸ Quit). What is typed is committed and a failed save tried once
 * more, on the writer's thread; the window closes once the writer has answered. If an edit still cannot be written,
 * or the writer does not answer in time, the window stays open and asks: keep it open, or close and lose them.
 * The window's thread never waits for the disk.
 */
final class Closing {
    /** How long the window waits for the writer's answer before asking anyway. */
    static final Duration PATIENCE = Duration.seconds(12);

    /** Edits the window may hold unwritten. */
    interface Unsaved {
        /** Commits what is typed and hands any failed save to the writer again. */
        void keep();

        /** How many edits are not written (0: none). */
        int count();

        /** What each field still showing typed text that was refused (never saved) breaks, in words. */
        List<String> notKept();

        /** Puts the keyboard in the first field whose typed text was refused. */
        void showNotKept();

        /** Lets them go: she chose to close without them. */
        void forget();
    }

    private final Stage stage;
    private final Writer writer;
    private final Unsaved unsaved;
    private final Words words;
    private final Consumer<String> say;
    private final PauseTransition patience = new PauseTransition(PATIENCE);
    private boolean waiting;
    private boolean asking;
    private boolean mayClose;

    Closing(Stage stage, Writer writer, Unsaved unsaved, Words words, Consumer<String> say) {
        this.stage = stage;
        this.writer = writer;
        this.unsaved = unsaved;
        this.words = words;
        this.say = say;
        patience.setOnFinished(e -> answered(true));
    }

    /** The window's close box: held back until the writer has answered (see {@link #request()}). */
    void closeRequested(WindowEvent e) {
        if (!mayClose) {
            e.consume();
            request();
        }
    }

    /** The PT asks to close: the window closes once every edit is written, or she says to close without them. */
    void request() {
        if (waiting || asking) {
            return;
        }
        waiting = true;
        say.accept(words.get("ui-closing.saving"));
        unsaved.keep();
        patience.playFromStart();
        writer.afterWrites(() -> answered(false));
    }

    private void answered(boolean outOfPatience) {
        if (!waiting) {
            return;
        }
        waiting = false;
        patience.stop();
        int count = unsaved.count();
        if (count == 0 && unsaved.notKept().isEmpty() && !outOfPatience) {
            close();
        } else {
            ask(count, outOfPatience);
        }
    }

    private void ask(int count, boolean stillSaving) {
        asking = true;
        List<String> notKept = unsaved.notKept();
        ClosingQuestion question = new ClosingQuestion(words, count, notKept, stillSaving);
        ButtonType keep = new ButtonType(words.get("ui-closing.keepOpen"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType lose = new ButtonType(question.lose(), ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, question.body(), keep, lose);
        alert.setTitle(words.get("ui-closing.title"));
        alert.setHeaderText(question.header());
        alert.initOwner(stage);
        alert.getDialogPane().setId("closing-unsaved");
        alert.getDialogPane().lookupButton(keep).setId("closing-keep-open");
        alert.getDialogPane().lookupButton(lose).setId("closing-lose");
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        alert.setOnHidden(e -> {
            asking = false;
            if (alert.getResult() == lose) {
                unsaved.forget();
                close();
            } else {
                say.accept(words.get(notKept.isEmpty() ? "ui-closing.keptOpen" : "ui-closing.keptOpenNotKept"));
                unsaved.showNotKept();
            }
        });
        alert.show();
    }

    private void close() {
        mayClose = true;
        say.accept("");
        stage.close();
    }
}
