package org.restride.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.restride.io.FileEndings;
import picocli.CommandLine;
import org.restride.text.Excerpt;
import org.restride.text.Words;

/** A file named on the command line: an empty name is a usage error (exit 2), never the current folder. */
final class FileArgument {
    private FileArgument() {
    }

    /**
     * A file to write whose name must end in one of {@code endings} (the kind being written, such as ".json" or
     * ".restride"): any other is a usage error (exit 2) naming the endings, so JSON is never written into a
     * file named .pdf. Letters are compared without case.
     */
    static Path requireEnding(CommandLine command, Path file, String what, String... endings) {
        return requireEnding(command, file, what, new FileEndings(endings));
    }

    /** The same, with the endings the window asks for too ({@link FileEndings#BACKUP}). */
    static Path requireEnding(CommandLine command, Path file, String what, FileEndings endings) {
        if (endings.accepts(file)) {
            return file;
        }
        throw new CommandLine.ParameterException(command, Words.of(Locale.getDefault()).get("cli.out.ending", what,
                String.join(" or ", endings.endings()), Excerpt.path(file.getFileName() == null ? file : file.getFileName())));
    }

    static Path require(CommandLine command, Path file, String messageKey) {
        if (file == null || file.toString().isBlank()) {
            throw new CommandLine.ParameterException(command, Words.of(Locale.getDefault()).get(messageKey));
        }
        return file;
    }
}
