package org.restride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.restride.app.Workspace;
import org.restride.handout.IssuedHandouts;
import org.restride.io.FileEndings;
import org.restride.io.OutputKind;
import org.restride.io.SafeFiles;
import org.restride.store.IssuedHandout;
import org.restride.text.Words;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import org.restride.text.Excerpt;

/** The handouts issued to a patient, kept exactly as they were exported or printed. */
@Command(name = "handouts", mixinStandardHelpOptions = true,
        description = "Lists a patient's issued handouts, or writes one out exactly as it was issued.")
final class HandoutsCommand implements Callable<Integer> {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    static final class Choice {
        @Option(names = "--patient", required = true, paramLabel = "ID", description = "List this patient's handouts.")
        Long patientId;

        @Option(names = "--write", required = true, paramLabel = "ID", description = "Write this handout out (with --out).")
        Long handoutId;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Choice choice;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write the handout, with --write.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        Words words = Words.of(Locale.getDefault());
        if (choice.handoutId != null && out == null) {
            throw new ParameterException(spec.commandLine(), Words.of(Locale.getDefault()).get("problems.cli.writeNeedsOut"));
        }
        if (choice.patientId != null && out != null) {
            throw new ParameterException(spec.commandLine(), Words.of(Locale.getDefault()).get("problems.cli.outOnlyWithWrite"));
        }
        if (out != null) {
            root.checkedOutput(out, OutputKind.PDF, spec.commandLine(), "handouts --write", new FileEndings(".pdf"));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (Workspace workspace = root.openWorkspaceToRead()) {
            return choice.patientId != null ? list(workspace, words, stdout) : write(workspace, words, stdout);
        }
    }

    private int list(Workspace workspace, Words words, PrintWriter stdout) {
        long patient = choice.patientId;
        if (workspace.patients().find(patient).isEmpty()) {
            return fail(words.get("issued.noPatient", patient));
        }
        List<IssuedHandout> handouts = workspace.issuedHandouts().forPatient(patient);
        if (handouts.isEmpty()) {
            stdout.println(words.get("issued.none", patient));
        }
        handouts.forEach(h -> stdout.println(IssuedHandouts.line(words, h, root.clock().getZone())));
        return 0;
    }

    private int write(Workspace workspace, Words words, PrintWriter stdout) throws IOException {
        long id = choice.handoutId;
        var handout = workspace.issuedHandouts().find(id);
        var pdf = workspace.issuedHandouts().pdf(id);
        if (handout.isEmpty() || pdf.isEmpty()) {
            return fail(words.get("issued.noHandout", id));
        }
        SafeFiles.writeAtomically(out, stream -> stream.write(pdf.get()));
        stdout.println(words.get("issued.written", Excerpt.whole(out.toAbsolutePath()), id,
                handout.get().issuedAt().atZone(root.clock().getZone()).toLocalDate()));
        return 0;
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("restride: " + message);
        err.flush();
        return CommandLineRunner.EXIT_FAILED;
    }
}
