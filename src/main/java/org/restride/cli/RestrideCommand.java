package org.restride.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.restride.app.DataFolder;
import org.restride.app.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The program's command line. With no command it opens the window. */
@Command(name = "restride", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Return-to-running and return-to-lifting roadmaps for postpartum patients.%n"
                + "With no command, opens the window.",
        subcommands = {LibraryCommand.class, DemoCommand.class, ExportCommand.class, BackupCommand.class,
                RestoreCommand.class})
public final class RestrideCommand implements Callable<Integer> {
    private final Consumer<Path> windowOpener;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data folder to use (default: the system's application-data folder).")
    private Path dataDir;

    public RestrideCommand(Consumer<Path> windowOpener) {
        this.windowOpener = windowOpener;
    }

    @Override
    public Integer call() {
        windowOpener.accept(dataFolder());
        return 0;
    }

    Path dataFolder() {
        return DataFolder.resolve(dataDir);
    }

    Workspace openWorkspace() {
        return Workspace.open(dataFolder());
    }
}
