package org.restride.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.restride.app.DataFolder;
import org.restride.app.Logs;
import org.restride.app.Workspace;
import org.restride.store.StoreException;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.InstanceLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The program's command line. With no command it opens the window. */
@Command(name = "restride", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Return-to-running and return-to-lifting roadmaps for postpartum patients.%n"
                + "With no command, opens the window.",
        subcommands = {LibraryCommand.class, DemoCommand.class, ExportCommand.class, BackupCommand.class,
                RestoreCommand.class, RecoverCommand.class, RoadmapCommand.class})
public final class RestrideCommand implements Callable<Integer> {
    private final Consumer<Path> windowOpener;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The data folder to use (default: the system's application-data folder).")
    private Path dataDir;

    private Logs logs;
    private InstanceLock lock;

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

    /** Opens the data folder's workspace, after making this command its one writer. */
    Workspace openWorkspace() {
        return Workspace.open(claimDataFolder());
    }

    /**
     * Starts the log and takes the folder's lock, held until {@link #releaseDataFolder}; fails in one line if
     * another copy of Restride has it.
     */
    Path claimDataFolder() {
        Path folder = dataFolder();
        if (lock == null) {
            InstanceLock.Acquisition acquisition = InstanceLock.acquire(folder);
            if (acquisition instanceof InstanceLock.HeldByAnother held) {
                throw new StoreException(held.message());
            }
            lock = ((InstanceLock.Acquired) acquisition).lock();
            logs = Logs.start(folder);
        }
        return folder;
    }

    BackupFolder backupFolder() {
        return new BackupFolder(claimDataFolder(), ZoneId.systemDefault());
    }

    /** Lets the folder go: the command is over. */
    void releaseDataFolder() {
        if (logs != null) {
            logs.close();
            logs = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
