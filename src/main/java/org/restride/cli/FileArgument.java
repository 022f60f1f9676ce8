package org.restride.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import org.restride.text.Words;

/** A file named on the command line: an empty name is a usage error (exit 2), never the current folder. */
final class FileArgument {
    private FileArgument() {
    }

    static Path require(CommandLine command, Path file, String messageKey) {
        if (file == null || file.toString().isBlank()) {
            throw new CommandLine.ParameterException(command, Words.of(Locale.getDefault()).get(messageKey));
        }
        return file;
    }
}
