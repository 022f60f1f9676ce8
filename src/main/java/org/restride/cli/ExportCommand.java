package org.restride.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a roadmap's handout as a PDF. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes a roadmap's handout as a PDF.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--roadmap", paramLabel = "ID", description = "The roadmap to print.")
    private Long roadmapId;

    @Option(names = "--template", paramLabel = "KEY", description = "A template to print for a named patient.")
    private String templateKey;

    @Option(names = "--patient-name", paramLabel = "NAME", description = "The patient's name, with --template.")
    private String patientName;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    private Path out;

    @Option(names = "--paper", paramLabel = "letter|a4", description = "Paper size (default: the clinic's).")
    private String paper;

    @Option(names = "--large-print", description = "14 pt body text.")
    private boolean largePrint;

    @Override
    public Integer call() {
        throw new NotYetAvailable("Handout export");
    }
}
