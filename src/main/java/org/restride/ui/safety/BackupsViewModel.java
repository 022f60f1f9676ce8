package org.restride.ui.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.restride.store.safety.BackupService;
import org.restride.ui.common.TaskRunner;

/** Backups from the window: at start and about hourly while in use, and "Back up now…" to a chosen file. */
public final class BackupsViewModel {
    private final BackupService backups;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<String> say;

    public BackupsViewModel(BackupService backups, TaskRunner tasks, Clock clock, Consumer<String> say) {
        this.backups = backups;
        this.tasks = tasks;
        this.clock = clock;
        this.say = say;
    }

    /** Makes an automatic backup when one is due (the service decides); quietly, in the background. */
    public void backupIfDue() {
        tasks.run("Backing up…", () -> backups.backupIfDue(clock.instant()),
                made -> made.ifPresent(b -> say.accept("Backed up automatically.")),
                failure -> say.accept("The automatic backup did not work: " + failure.getMessage()));
    }

    /** Writes a backup to the file the PT chose (a USB stick, say). */
    public void backupTo(Path file) {
        tasks.run("Backing up…", () -> {
            backups.backupTo(file);
            return file;
        }, done -> say.accept("Backed up to " + done + "."),
                failure -> say.accept("The backup could not be written: " + failure.getMessage()));
    }

    public Path backupsFolder() {
        return backups.folder().path();
    }

    public String suggestedFileName() {
        return "restride-backup-" + LocalDate.now(clock) + ".db";
    }
}
