package org.restride.ui.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.restride.app.Problems;
import org.restride.io.FileEndings;
import org.restride.store.safety.BackupService;
import org.restride.text.Excerpt;
import org.restride.text.Words;
import org.restride.ui.common.TaskRunner;

/** Backups from the window: at start and about hourly while in use, and "Back up now…" to a chosen file. */
public final class BackupsViewModel {
    private final BackupService backups;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Consumer<String> say;
    private final Words words;

    public BackupsViewModel(BackupService backups, TaskRunner tasks, Clock clock, Consumer<String> say, Words words) {
        this.words = words;
        this.backups = backups;
        this.tasks = tasks;
        this.clock = clock;
        this.say = say;
    }

    /** Makes an automatic backup when one is due (the service decides); quietly, in the background. */
    public void backupIfDue() {
        tasks.run(words.get("ui-backups.running"), () -> backups.backupIfDue(clock.instant()),
                made -> made.ifPresent(b -> say.accept(words.get("ui-backups.automatic"))),
                failure -> say.accept(words.get("ui-backups.automaticFailed", Problems.words(words, failure))));
    }

    /**
     * Writes a backup to the file the PT chose (a USB stick, say). A name not ending in .db or .bak (the command
     * line's rule, {@link FileEndings#BACKUP}) is refused on the message line and nothing is written.
     */
    public void backupTo(Path file) {
        if (!FileEndings.BACKUP.accepts(file)) {
            say.accept(words.get("ui-backups.ending", String.join(words.get("ui-backups.or"), FileEndings.BACKUP.endings()),
                    Excerpt.quoted(file == null || file.getFileName() == null ? file : file.getFileName())));
            return;
        }
        tasks.run(words.get("ui-backups.running"), () -> {
            backups.backupTo(file);
            return file;
        }, done -> say.accept(words.get("ui-backups.written", done)),
                failure -> say.accept(words.get("ui-backups.failed", Problems.words(words, failure))));
    }

    public Path backupsFolder() {
        return backups.folder().path();
    }

    /** The name "Back up now…" offers: a dated .db file. */
    public String suggestedFileName() {
        return "restride-backup-" + LocalDate.now(clock) + ".db";
    }
}
