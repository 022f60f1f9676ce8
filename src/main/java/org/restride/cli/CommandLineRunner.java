package org.restride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.restride.app.Problems;
import org.restride.domain.ValidationException;
import org.restride.io.SafeFiles;
import org.restride.store.NotRestrideDatabaseException;
import org.restride.store.StoreException;
import org.restride.text.KeyedException;
import org.restride.text.Excerpt;
import org.restride.text.Words;
import picocli.CommandLine;

/** Runs the command line: one plain line and a non-zero exit for anything that goes wrong. */
public final class CommandLineRunner {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    /** A message longer than this quotes something it should not: it is cut. */
    static final int MAX_MESSAGE = 600;
    private static final Logger LOG = Logger.getLogger(CommandLineRunner.class.getName());

    private CommandLineRunner() {
    }

    public static int run(String[] args, Consumer<Path> windowOpener, PrintWriter terminalOut, PrintWriter terminalErr) {
        PrintWriter out = TerminalSafeWriter.wrap(terminalOut);
        PrintWriter err = TerminalSafeWriter.wrap(terminalErr);
        Optional<WindowArguments.Window> window = WindowArguments.of(args);
        if (window.isPresent()) {
            try {
                return RestrideCommand.openWindow(windowOpener, window.get().dataDir(), err);
            } catch (StoreException e) {
                err.println("restride: " + Excerpt.line(Problems.words(Words.of(Locale.getDefault()), e), MAX_MESSAGE));
                err.flush();
                return EXIT_FAILED;
            }
        }
        RestrideCommand root = new RestrideCommand(windowOpener);
        CommandLine cli = new CommandLine(root);
        RestrideCommand.commandsFor(args).forEach(cli::addSubcommand);
        cli.registerConverter(Long.class, CommandLineRunner::wholeNumber);
        cli.registerConverter(Long.TYPE, CommandLineRunner::wholeNumber);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, ignored) -> {
            err.println("restride: " + Excerpt.line(e.getMessage(), MAX_MESSAGE) + " (see restride --help)");
            err.flush();
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            // the type only: a message may quote what was typed, such as a patient's name
            LOG.log(Level.WARNING, "Command failed: " + e.getClass().getSimpleName());
            err.println("restride: " + Excerpt.line(messageOf(e), MAX_MESSAGE));
            err.flush();
            return EXIT_FAILED;
        });
        int code = EXIT_FAILED;
        try {
            code = cli.execute(args);
            out.flush();
            return code;
        } finally {
            root.finish(code, err);
            out.flush();
            err.flush();
            root.releaseDataFolder();
        }
    }

    /** An ID or count typed on the command line; anything else is told as what it must be, not as a Java type. */
    private static Long wholeNumber(String typed) {
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException(Words.of(Locale.getDefault()).get("cli.value.wholeNumber",
                    Excerpt.quoted(typed)));
        }
    }

    /** The failure in the command line's words: a keyed problem or refusal by its key, anything else by its type. */
    private static String messageOf(Exception e) {
        Words words = Words.of(Locale.getDefault());
        if (e instanceof NotRestrideDatabaseException notOurs
                && notOurs.problem() != NotRestrideDatabaseException.Problem.NEWER_VERSION) {
            return Problems.words(words, e) + " " + words.get("problems.cli.recoveryOptions");
        }
        if (e instanceof KeyedException) {
            return Problems.words(words, e);
        }
        if (e instanceof SafeFiles.NoSpaceException) {
            return e.getMessage(); // already in words, naming the disk that is full
        }
        if (e instanceof ValidationException) {
            return words.get("problems.cli.badValue", Problems.words(words, e));
        }
        // a programming error: its message is for developers, and the log has its type
        return words.get("problems.cli.unexpected", e.getClass().getSimpleName());
    }
}
