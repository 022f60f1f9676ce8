package org.restride.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.restride.store.safety.Restorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Puts a backup back in place of the database, backing up the current one first so it can be undone. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores the database from a backup file. The current database is backed up first, so "
                + "restoring that backup undoes the restore.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    private Path file;

    @Override
    public Integer call() {
        FileArgument.require(spec.commandLine(), file, "cli.restore.noFile");
        Path folder = root.claimDataFolder();
        Restorer.Result result = new Restorer(folder, root.backupFolder()).restore(file.toAbsolutePath(), root.clock().instant());
        spec.commandLine().getOut().println(result.describe());
        return 0;
    }
}
