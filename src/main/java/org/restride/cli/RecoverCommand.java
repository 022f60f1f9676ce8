package org.restride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.restride.app.Workspace;
import org.restride.store.Database;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.safety.BackupFile;
import org.restride.store.safety.Recovery;
import org.restride.text.Excerpt;
import org.restride.text.Words;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The way out when the database cannot be opened: restore the newest good backup, or start fresh. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "When the database is damaged or not Restride's: shows the good backups, and with an option "
                + "restores the newest one or starts fresh. The unusable file is always kept aside.")
final class RecoverCommand implements Callable<Integer> {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true)
    private Action action;

    @Option(names = "--force", description = "Act even on a whole database (a copy of it is kept first).")
    private boolean force;

    static final class Action {
        @Option(names = "--restore-newest", description = "Restore the newest good backup.")
        boolean restoreNewest;

        @Option(names = "--start-fresh", description = "Move the database aside and start with an empty one.")
        boolean startFresh;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (action == null) {
            // only reads and reports: a read-only data folder is read as it is
            Path folder = root.dataFolderToRead();
            describe(folder, Recovery.readingOnly(folder, root.backupFolderToRead()), out, root.readOnlyData());
            return 0;
        }
        Path folder = root.claimDataFolder();
        Recovery recovery = new Recovery(folder, root.backupFolder());
        if (action != null && action.restoreNewest) {
            out.println(recovery.restoreNewestGoodBackup(root.clock().instant(), force).describe());
        } else if (action != null && action.startFresh) {
            Path aside = recovery.startFresh(root.clock().instant(), force);
            out.println("Moved the database aside as " + Excerpt.whole(aside) + ". Restride starts with an empty database next time.");
        }
        return 0;
    }

    private void describe(Path folder, Recovery recovery, PrintWriter out, boolean readOnly) {
        Path db = folder.resolve(Database.FILE_NAME);
        Recovery.State state = recovery.state();
        List<String> damaged = state == Recovery.State.HEALTHY ? damagedRows() : List.of();
        switch (state) {
            case HEALTHY -> out.println(damaged.isEmpty()
                    ? "The database " + Excerpt.whole(db) + " is whole; there is nothing to recover."
                    : Words.of(Locale.getDefault()).get("safety.recover.damagedRows", Excerpt.whole(db), damaged.size()));
            case MISSING -> out.println("There is no database in " + Excerpt.whole(folder) + " yet; Restride makes one when it starts.");
            default -> {
                try {
                    Database.verify(db, true);
                } catch (NotRestrideDatabaseException e) {
                    out.println(e.getMessage());
                }
            }
        }
        damaged.forEach(out::println);
        List<BackupFile> good = recovery.goodBackups();
        out.println(good.isEmpty() ? "There are no good backups." : "Good backups, newest first:");
        good.forEach(b -> out.println("  " + b.made() + "  " + Excerpt.whole(b.file())));
        if (readOnly) {
            if (state == Recovery.State.HEALTHY && damaged.isEmpty()) {
                return;
            }
            out.println(Words.of(Locale.getDefault()).get("safety.recover.readOnly", Excerpt.path(folder)));
        } else {
            out.println("Options: --restore-newest, or --start-fresh (with --force for a whole database).");
        }
    }

    /** The library rows that no longer read (changed outside Restride), each told with its table and row. */
    private List<String> damagedRows() {
        List<String> told = new ArrayList<>();
        try (Workspace workspace = root.openWorkspaceToRead()) {
            workspace.exercises().all(true, e -> told.add("  " + e.getMessage()));
        }
        return told;
    }
}
