package org.restride.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Copies the database, consistently, to a file. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Writes a backup of the data folder's database.")
final class BackupCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the backup.")
    private Path out;

    @Override
    public Integer call() {
        throw new NotYetAvailable("Backup");
    }
}
