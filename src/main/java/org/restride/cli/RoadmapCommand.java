package org.restride.cli;

import java.nio.file.Path;
import org.restride.app.Workspace;
import org.restride.exchange.DuplicateChoice;
import org.restride.exchange.ExchangeFormat;
import org.restride.exchange.ImportOutcome;
import org.restride.exchange.RoadmapExchange;
import org.restride.io.FileEndings;
import org.restride.io.OutputKind;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.restride.text.Excerpt;

/** A roadmap in and out of an exchange file, to share with another clinic. */
@Command(name = "roadmap", mixinStandardHelpOptions = true, description = "Export or import a roadmap file (.restride).")
final class RoadmapCommand {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    static final class Source {
        @Option(names = "--roadmap", required = true, paramLabel = "ID", description = "A patient's roadmap (the patient is left out).")
        Long roadmapId;

        @Option(names = "--template", required = true, paramLabel = "KEY", description = "A template.")
        String templateKey;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes a roadmap, without its patient, with the clinic's exercises it uses.")
    int exportFile(@ArgGroup(exclusive = true, multiplicity = "1") Source source,
                   @Option(names = "--out", required = true, paramLabel = "FILE.restride") Path out) {
        root.checkedOutput(out, OutputKind.ROADMAP_EXCHANGE, spec.commandLine(), "roadmap export",
                new FileEndings(ExchangeFormat.EXTENSION, ".zip"));
        try (Workspace workspace = root.openWorkspaceToRead()) {
            RoadmapExchange exchange = workspace.roadmapExchange();
            if (source.roadmapId != null) {
                exchange.exportRoadmap(source.roadmapId, out);
            } else {
                exchange.exportTemplate(source.templateKey, out);
            }
        }
        spec.commandLine().getOut().println("Wrote " + Excerpt.whole(out.toAbsolutePath()) + ".");
        return 0;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds a roadmap file as one of the clinic's templates. A bad file imports nothing.")
    int importFile(@Parameters(paramLabel = "FILE") Path file,
                   @Option(names = "--on-duplicate", paramLabel = "replace|keep-both|skip",
                           converter = OnDuplicate.class, description = OnDuplicate.HELP) DuplicateChoice choice) {
        FileArgument.require(spec.commandLine(), file, "cli.import.noFile");
        try (Workspace workspace = root.openWorkspace()) {
            ImportOutcome outcome = workspace.roadmapExchange()
                    .importAsTemplate(file, choice == null ? DuplicateChoice.ASK : choice);
            spec.commandLine().getOut().println(OnDuplicate.describe(outcome));
        }
        return 0;
    }
}
