package org.restride.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.restride.app.DataFolder;
import org.restride.app.Logs;
import org.restride.app.Workspace;
import org.restride.io.FileEndings;
import org.restride.io.OutputGuard;
import org.restride.io.OutputKind;
import org.restride.io.OutputRefusedException;
import org.restride.store.DamagedRecordException;
import org.restride.store.Database;
import org.restride.store.StoreException;
import org.restride.store.WriteFailure;
import org.restride.store.safety.BackupFolder;
import org.restride.store.safety.DataFolderCheck;
import org.restride.store.safety.InstanceLock;
import org.restride.text.Excerpt;
import org.restride.text.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The program's command line. With no command it opens the window. */
@Command(name = "restride", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Return-to-running and return-to-lifting roadmaps for postpartum patients.%n"
                + "With no command, opens the window.")
public final class RestrideCommand implements Callable<Integer> {
    private static final String DATA_DIR = "--data-dir";
    /** Refusals about a file already at the path (not about where the path leads). */
    private static final Set<OutputRefusedException.Reason> ABOUT_THE_FILE_THERE = Set.of(
            OutputRefusedException.Reason.OTHER_KIND, OutputRefusedException.Reason.FILE_READ_ONLY,
            OutputRefusedException.Reason.UNREADABLE);

    private final Consumer<Path> windowOpener;

    @Option(names = DATA_DIR, paramLabel = "DIR",
            description = "The data folder to use (default: the system's application-data folder).")
    private Path dataDir;

    @Spec
    private CommandSpec spec;

    private Logs logs;
    private InstanceLock lock;
    private final Set<String> toldDamaged = new HashSet<>();
    /** One line about the disk (the log failed, or a full disk is only read), said when the command is over. */
    private String diskNote;
    /** True when the data folder is only read this time because its disk is full. */
    private boolean readingOnFullDisk;
    /** The one clock of a command: dates, the time saves and backups are stamped with, and their zone. */
    private final Clock clock;

    public RestrideCommand(Consumer<Path> windowOpener) {
        this(windowOpener, Clock.systemDefaultZone());
    }

    public RestrideCommand(Consumer<Path> windowOpener, Clock clock) {
        this.windowOpener = windowOpener;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    @Override
    public Integer call() {
        return openWindow(windowOpener, dataDir, spec.commandLine().getErr());
    }

    /**
     * The commands to give the parser: only the one named, when the arguments name one, since the parser reads
     * every command it is given (tens of milliseconds each, on every start); all of them otherwise, for help,
     * suggestions and errors.
     */
    static Collection<Class<?>> commandsFor(String[] args) {
        Map<String, Class<?>> commands = commands(LibraryCommand.class, DemoCommand.class, ExportCommand.class,
                BackupCommand.class, RestoreCommand.class, RecoverCommand.class, RoadmapCommand.class, VerdictCommand.class,
                HandoutsCommand.class);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(DATA_DIR)) {
                i++;
            } else if (!args[i].startsWith(DATA_DIR + "=")) {
                Class<?> named = commands.get(args[i]);
                return named == null ? commands.values() : List.of(named);
            }
        }
        return commands.values();
    }

    /** The commands by name, in the order help lists them. */
    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : classes) {
            byName.put(command.getAnnotation(Command.class).name(), command);
        }
        return byName;
    }

    /**
     * What the program does with no command: opens the window on the data folder. Without a desktop (no display,
     * no GTK 3) it prints one line saying what is missing and that the command line still works.
     */
    static int openWindow(Consumer<Path> windowOpener, Path dataDir, PrintWriter err) {
        Path folder = DataFolder.resolve(dataDir);
        try {
            windowOpener.accept(folder);
            return 0;
        } catch (RuntimeException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            return oneLine(err, Desktop.failed(e));
        }
    }

    private static int oneLine(PrintWriter err, String line) {
        err.println("restride: " + line);
        err.flush();
        return CommandLineRunner.EXIT_FAILED;
    }

    Path dataFolder() {
        return DataFolder.resolve(dataDir);
    }

    /**
     * Checks a path the user gave for writing a file of {@code kind}, before anything is opened or written:
     * every command that writes where the user says calls this first. Throws a one-line refusal.
     */
    Path checkedOutput(Path given, OutputKind kind) {
        FileArgument.require(spec.commandLine(), given, "cli.out.noFile");
        return new OutputGuard(dataFolder()).check(given, kind);
    }

    /**
     * The same, for a file whose name must end in one of {@code endings}: a wrong ending is a usage error (exit 2)
     * even where a file of that name is already there, so it is told before what that file is; where the file
     * would go (the data folder, say) is still told first.
     */
    Path checkedOutput(Path given, OutputKind kind, CommandLine command, String what, FileEndings endings) {
        try {
            checkedOutput(given, kind);
        } catch (OutputRefusedException e) {
            if (ABOUT_THE_FILE_THERE.contains(e.reason())) {
                FileArgument.requireEnding(command, given, what, endings);
            }
            throw e;
        }
        return FileArgument.requireEnding(command, given, what, endings);
    }

    /** Opens the data folder's workspace, after making this command its one writer. */
    Workspace openWorkspace() {
        return Workspace.open(claimDataFolder(), clock);
    }

    /**
     * Opens the workspace for a command that only reads the data folder (it may write elsewhere, where the user
     * says). A read-only data folder is read as it is, with one note and no lock or log; any other is claimed as
     * for a command that writes.
     */
    Workspace openWorkspaceToRead() {
        if (readOnlyData()) {
            return Workspace.openReadOnly(dataFolder(), clock);
        }
        try {
            return openWorkspace();
        } catch (StoreException e) {
            if (lock == null || !WriteFailure.of(e).isFullDisk()) {
                throw e;
            }
            // nothing to write: read the database as it is, touching no file (a full disk cannot take a -shm file)
            Workspace reading;
            try {
                reading = Workspace.openReadOnly(dataFolder(), clock);
            } catch (StoreException again) {
                e.addSuppressed(again);
                throw e;
            }
            readingOnFullDisk = true;
            diskNote = Words.of(Locale.getDefault()).get("safety.disk.fullReading", Excerpt.path(dataFolder()));
            return reading;
        }
    }

    /** True when this command only reads the data folder because its disk is full: nothing is saved there. */
    boolean readingOnFullDisk() {
        return readingOnFullDisk;
    }

    /**
     * The command is over: a line about the disk noted on the way is said now, once, if the command worked. A
     * command that failed says one line, its failure (on a full disk: that the disk is full).
     */
    void finish(int exitCode, PrintWriter err) {
        if (diskNote != null && exitCode == 0) {
            err.println("restride: " + diskNote);
            err.flush();
        }
        diskNote = null;
    }

    /** The data folder for a command that only reads it: see {@link #openWorkspaceToRead}. */
    Path dataFolderToRead() {
        return readOnlyData() ? dataFolder() : claimDataFolder();
    }

    /** True (and said once, in a note) when the data folder or its database is read-only. */
    boolean readOnlyData() {
        Path folder = dataFolder();
        if (lock != null || !DataFolderCheck.readOnly(folder)) {
            return false;
        }
        if (logs == null) {
            logs = Logs.none(folder);
            boolean hasData = Files.exists(folder.resolve(Database.FILE_NAME));
            if (hasData) {
                warn(Words.of(Locale.getDefault()).get("safety.readOnly.note", Excerpt.path(folder)));
            }
        }
        return true;
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
                throw new StoreException(held.problem());
            }
            lock = ((InstanceLock.Acquired) acquisition).lock();
            logs = Logs.start(folder, line -> diskNote = diskNote == null ? line : diskNote);
            logs.warning().ifPresent(line -> diskNote = line);
            lock.removeLeftovers(clock.instant());
        }
        return folder;
    }

    /**
     * Says once, as a warning, that a saved record was left out because it is damaged; the command goes on with
     * the rest.
     */
    void warnDamaged(DamagedRecordException damaged) {
        if (toldDamaged.add(damaged.getMessage())) {
            warn("warning: " + damaged.getMessage());
        }
    }

    private void warn(String line) {
        if (spec != null) {
            spec.commandLine().getErr().println("restride: " + line);
            spec.commandLine().getErr().flush();
        }
    }

    BackupFolder backupFolder() {
        return new BackupFolder(claimDataFolder(), clock.getZone());
    }

    /** The backups folder, for a command that only reads it. */
    BackupFolder backupFolderToRead() {
        return new BackupFolder(dataFolderToRead(), clock.getZone());
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
