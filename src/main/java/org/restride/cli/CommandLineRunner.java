package org.restride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.restride.domain.ValidationException;
import org.restride.library.LibraryException;
import org.restride.store.StoreException;
import picocli.CommandLine;

/** Runs the command line: one plain line and a non-zero exit for anything that goes wrong. */
public final class CommandLineRunner {
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private CommandLineRunner() {
    }

    public static int run(String[] args, Consumer<Path> windowOpener, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RestrideCommand(windowOpener));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, ignored) -> {
            err.println("restride: " + e.getMessage() + " (see restride --help)");
            err.flush();
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            err.println("restride: " + messageOf(e));
            err.flush();
            return EXIT_FAILED;
        });
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    private static String messageOf(Exception e) {
        if (e instanceof StoreException || e instanceof LibraryException || e instanceof NotYetAvailable) {
            return e.getMessage();
        }
        if (e instanceof ValidationException) {
            return "bad value: " + e.getMessage() + ".";
        }
        return "something went wrong (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ").";
    }
}
