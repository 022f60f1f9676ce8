package org.restride.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Puts a backup back in place of the database. */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restores the database from a backup file.")
final class RestoreCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    private Path file;

    @Override
    public Integer call() {
        throw new NotYetAvailable("Restore");
    }
}
