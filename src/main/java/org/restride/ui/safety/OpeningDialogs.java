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
import org.restride.app.Problems;
import org.restride.app.Workspace;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.StoreException;
import org.restride.store.safety.BackupFile;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.Recovery;
import org.restride.text.Words;

/**
 * Opens the data folder, and when its database can't be used says so plainly and offers the way out: the newest
 * good backup, or a fresh start with the damaged file kept aside. The damaged file is never overwritten.
 */
public final class OpeningDialogs {
    private final Path folder;
    private final Clock clock;
    private final ZoneId zone;
    private final Words words;

    public OpeningDialogs(Path folder, Clock clock, Words words) {
        this.folder = folder;
        this.clock = clock;
        this.zone = clock.getZone();
        this.words = words;
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
                error(words.get("ui-opening.cannotOpen"), Problems.words(words, e));
                return Optional.empty();
            }
        }
    }

    /** True when something was done and opening is worth trying again. */
    private boolean offerRecovery(NotRestrideDatabaseException e) {
        Recovery recovery = new Recovery(folder, new BackupFolder(folder, zone));
        if (e.problem() == NotRestrideDatabaseException.Problem.NEWER_VERSION) {
            error(words.get("ui-opening.newer"), Problems.words(words, e));
            return false;
        }
        Optional<BackupFile> newest = recovery.newestGoodBackup();
        ButtonType restore = new ButtonType(words.get("ui-opening.restore", newest.map(b -> when(b.made())).orElse("")),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType fresh = new ButtonType(words.get("ui-opening.fresh"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(words.get("ui-opening.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        List<ButtonType> choices = new ArrayList<>();
        newest.ifPresent(b -> choices.add(restore));
        choices.add(fresh);
        choices.add(quit);
        Alert alert = new Alert(Alert.AlertType.WARNING, words.get("ui-opening.damaged", Problems.words(words, e), newest.isPresent()
                ? words.get("ui-opening.newestBackup", when(newest.get().made())) : words.get("ui-opening.noBackup")),
                choices.toArray(ButtonType[]::new));
        alert.setTitle(words.get("ui-opening.damagedTitle"));
        alert.setHeaderText(words.get("ui-opening.damagedTitle"));
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
            error(words.get("ui-opening.failed"), Problems.words(words, failure));
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
