package org.restride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.restride.app.Workspace;
import org.restride.io.FileEndings;
import org.restride.io.OutputKind;
import org.restride.store.safety.BackupFile;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.restride.text.Excerpt;

/** Copies the database, consistently, into the backups folder or to a file. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Backs up the database: into the data folder's backups folder (kept: the last 10 and one a day "
                + "for 30 days), or to a file with --out.")
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this file instead.")
    private Path out;

    @Option(names = "--list", description = "List the backups in the backups folder, newest first, and make none.")
    private boolean list;

    @Override
    public Integer call() {
        PrintWriter print = spec.commandLine().getOut();
        if (list) {
            BackupFolder folder = root.backupFolderToRead();
            List<BackupFile> backups = folder.list();
            if (backups.isEmpty()) {
                print.println("There are no backups in " + Excerpt.whole(folder.path()) + " yet.");
            }
            backups.forEach(b -> print.println(b.made() + "  " + b.reason().name().toLowerCase().replace('_', ' ') + "  "
                    + Excerpt.whole(b.file())));
            return 0;
        }
        if (out != null) {
            root.checkedOutput(out, OutputKind.DATABASE, spec.commandLine(), "backup --out", FileEndings.BACKUP);
            // a copy to a file of the user's choosing only reads the data folder: it works when that is read-only
            try (Workspace workspace = root.openWorkspaceToRead()) {
                workspace.backups(root.backupFolderToRead()).backupTo(out);
            }
            print.println("Backed up the database to " + Excerpt.whole(out.toAbsolutePath()) + ".");
            return 0;
        }
        try (Workspace workspace = root.openWorkspace()) {
            BackupService backups = workspace.backups(root.backupFolder());
            print.println("Backed up the database to " + Excerpt.whole(backups.backupNow(root.clock().instant()).file()) + ".");
        }
        return 0;
    }
}
