package org.restride.app;

import java.nio.file.AccessDeniedException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.restride.io.PrivateFiles;
import org.restride.io.ReadOnly;
import org.restride.text.Excerpt;
import org.restride.text.Words;

/**
 * Restride's log, in the data folder's {@code logs/} folder: {@code restride-0.log} is the newest, rotated at
 * 1 MB through five files. Log lines name ids and counts, never patient names, notes or dates of birth; an
 * exception is logged by its type and where it happened, without its message, which may quote what was typed.
 */
public final class Logs implements AutoCloseable {
    public static final String FOLDER = "logs";
    static final String PATTERN = "restride-%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 5;

    private final Logger logger;
    private final FileHandler handler;
    private final Path folder;
    private final String warning;

    private Logs(Logger logger, FileHandler handler, Path folder, String warning) {
        this.logger = logger;
        this.handler = handler;
        this.folder = folder;
        this.warning = warning;
    }

    /**
     * Sends the org.restride loggers to the data folder's log (and no longer to the console) until closed. A log
     * that cannot be written never stops the work: the loggers are then silenced, and {@link #warning} says so.
     */
    public static Logs start(Path dataFolder) {
        return start(dataFolder, line -> {
            System.err.println(line);
            System.err.flush();
        });
    }

    /** As {@link #start(Path)}; a log that fails later is told to {@code failed}, once, in one line. */
    public static Logs start(Path dataFolder, Consumer<String> failed) {
        Path folder = dataFolder.resolve(FOLDER);
        Logger logger = Logger.getLogger("org.restride");
        FileHandler handler;
        try {
            if (ReadOnly.is(folder)) {
                throw new AccessDeniedException(folder.toString());
            }
            PrivateFiles.folder(folder);
            handler = new FileHandler(folder.resolve(PATTERN).toString(), LIMIT_BYTES, FILES, true);
            PrivateFiles.restrictFile(folder.resolve(PATTERN.replace("%g", "0")));
        } catch (IOException | RuntimeException e) {
            logger.setUseParentHandlers(false);
            return new Logs(logger, null, folder, Words.of(Locale.getDefault()).get("safety.log.unusable",
                    Excerpt.path(folder)));
        }
        handler.setFormatter(new OneLine());
        handler.setErrorManager(new QuietLogErrors(failed, Words.of(Locale.getDefault()).get("safety.log.failed",
                Excerpt.path(folder))));
        handler.setLevel(Level.INFO);
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
        return new Logs(logger, handler, folder, null);
    }

    /**
     * No log this time, and nothing on the console either: for a data folder that is read-only, where Restride
     * writes nothing at all. Closing it lets the loggers speak on the console again.
     */
    public static Logs none(Path dataFolder) {
        Logger logger = Logger.getLogger("org.restride");
        logger.setUseParentHandlers(false);
        return new Logs(logger, null, dataFolder.resolve(FOLDER), null);
    }

    /** The one line to show when there is no log this time (its folder cannot be written), else empty. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    /** The file being written now. */
    public Path currentFile() {
        return folder.resolve(PATTERN.replace("%g", "0"));
    }

    @Override
    public void close() {
        if (handler != null) {
            logger.removeHandler(handler);
            handler.close();
        }
        if (logger.getHandlers().length == 0) {
            logger.setUseParentHandlers(true);
        }
    }

    /** "2026-11-25T10:00:00.123Z INFO BackupFolder: Backup made: …", and for an exception its type and frames. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(logger.substring(logger.lastIndexOf('.') + 1)).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append("  ").append(t.getClass().getName()).append(System.lineSeparator());
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(8, frames.length); i++) {
                    line.append("    at ").append(frames[i]).append(System.lineSeparator());
                }
            }
            return line.toString();
        }
    }
}
