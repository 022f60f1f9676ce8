package org.restride.ui.safety;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.restride.app.Workspace;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.StoreException;
import org.restride.store.safety.BackupFile;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.Recovery;

/**
 * Opens the data folder, and when its database can't be used says so plainly and offers the way out: the newest
 * good backup, or a fresh start with the damaged file kept aside. The damaged file is never overwritten.
 */
public final class OpeningDialogs {
    private final Path folder;
    private final Clock clock;
    private final ZoneId zone;

    public OpeningDialogs(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** The open workspace, or empty when the PT chose to quit. */
    public Optional<Workspace> open() {
        while (true) {
            try {
                return Optional.of(Workspace.open(folder, clock));
            } catch (NotRestrideDatabaseException e) {
                if (!offerRecovery(e)) {
                    return Optional.empty();
                }
            } catch (StoreException e) {
                error("Restride cannot open its data folder", e.getMessage());
                return Optional.empty();
            }
        }
    }

    /** True when something was done and opening is worth trying again. */
    private boolean offerRecovery(NotRestrideDatabaseException e) {
        Recovery recovery = new Recovery(folder, new BackupFolder(folder, zone));
        if (e.problem() == NotRestrideDatabaseException.Problem.NEWER_VERSION) {
            error("This data needs a newer Restride", e.getMessage());
            return false;
        }
        Optional<BackupFile> newest = recovery.newestGoodBackup();
        ButtonType restore = new ButtonType("Restore the backup from " + newest.map(b -> when(b.made())).orElse(""),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType("Start fresh, keeping the damaged file", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> choices = new ArrayList<>();
        newest.ifPresent(b -> choices.add(restore));
        choices.add(fresh);
        choices.add(quit);
        Alert alert = new Alert(Alert.AlertType.WARNING, e.getMessage() + "\n\n" + (newest.isPresent()
                ? "The newest good backup is from " + when(newest.get().made()) + "."
                : "There is no good backup to go back to.") + " Whatever you choose, the damaged file is kept.",
                choices.toArray(ButtonType[]::new));
        alert.setTitle("Restride's data can't be opened");
        alert.setHeaderText("Restride's data can't be opened");
        alert.getDialogPane().setMinWidth(560);
        Optional<ButtonType> choice = alert.showAndWait();
        try {
            if (choice.filter(restore::equals).isPresent()) {
                recovery.restoreNewestGoodBackup(clock.instant(), false);
                return true;
            }
            if (choice.filter(fresh::equals).isPresent()) {
                recovery.startFresh(clock.instant(), false);
                return true;
            }
        } catch (StoreException failure) {
            error("That did not work", failure.getMessage());
        }
        return false;
    }

    private String when(Instant made) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(zone).format(made);
    }

    static void error(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setTitle(header);
        alert.setHeaderText(header);
        alert.showAndWait();
    }
}
