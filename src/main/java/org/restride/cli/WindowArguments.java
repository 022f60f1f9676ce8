package org.restride.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Spots the command line that only opens the window (nothing, or just {@code --data-dir DIR}), so the window
 * starts without building the command-line parser, a few hundred milliseconds of every start. Any other
 * command line, including a doubtful one, goes to the parser as before.
 */
final class WindowArguments {
    private static final String DATA_DIR = "--data-dir";

    /** What the arguments ask for: the window on this folder (null for the usual one). */
    record Window(Path dataDir) {
    }

    private WindowArguments() {
    }

    static Optional<Window> of(String[] args) {
        try {
            if (args.length == 0) {
                return Optional.of(new Window(null));
            }
            if (args.length == 2 && args[0].equals(DATA_DIR) && plainValue(args[1])) {
                return Optional.of(new Window(Path.of(args[1])));
            }
            if (args.length == 1 && args[0].startsWith(DATA_DIR + "=") && plainValue(args[0].substring(DATA_DIR.length() + 1))) {
                return Optional.of(new Window(Path.of(args[0].substring(DATA_DIR.length() + 1))));
            }
        } catch (InvalidPathException e) {
            // the parser explains it
        }
        return Optional.empty();
    }

    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-");
    }
}
