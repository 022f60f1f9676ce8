package org.restride.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.restride.app.Workspace;
import org.restride.app.handouts.InEnglish;
import org.restride.domain.Patient;
import org.restride.domain.Check;
import org.restride.domain.PaperSize;
import org.restride.domain.Template;
import org.restride.domain.ValidationException;
import org.restride.handout.ExercisePictures;
import org.restride.handout.HandoutException;
import org.restride.handout.HandoutOptions;
import org.restride.handout.HandoutRenderer;
import org.restride.handout.HandoutRequest;
import org.restride.handout.HandoutRequests;
import org.restride.handout.HandoutResult;
import org.restride.handout.IssuedHandouts;
import org.restride.handout.LibraryPictures;
import org.restride.handout.layout.FontLibrary;
import org.restride.io.FileEndings;
import org.restride.io.OutputKind;
import org.restride.io.SafeFiles;
import org.restride.store.IssuedHandout;
import org.restride.text.Excerpt;
import org.restride.text.Languages;
import org.restride.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes a roadmap's handout as a PDF. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Writes a roadmap's handout as a PDF.")
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--roadmap", paramLabel = "ID", description = "The roadmap to print.")
    private Long roadmapId;

    @Option(names = "--template", paramLabel = "KEY", description = "A template to print for a named patient.")
    private String templateKey;

    @Option(names = "--patient-name", paramLabel = "NAME", description = "The patient's name, with --template.")
    private String patientName;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    private Path out;

    @Option(names = "--paper", paramLabel = "letter|a4", description = "Paper size (default: the clinic's).")
    private String paper;

    @Option(names = "--large-print", description = "14 pt body text.")
    private boolean largePrint;

    @Option(names = "--no-pictures", description = "Leave out the exercise pictures.")
    private boolean noPictures;

    @Option(names = "--no-log", description = "Leave out the write-in log.")
    private boolean noLog;

    @Option(names = "--all-phases", description = "The whole roadmap, every phase in full (for the clinic file).")
    private boolean allPhases;

    @Option(names = "--language", paramLabel = "en|es",
            description = "Handout language (default: the patient's, else the clinic's).")
    private String language;

    /** A failure this command explains in one line. */
    private static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        checkChoice();
        PaperSize paperSize = OptionKeys.one(spec.commandLine(), "--paper", paper, PaperSize::fromKey);
        PrintWriter err = spec.commandLine().getErr();
        // The fonts are read on a second thread while the data folder opens and the roadmap is gathered.
        CompletableFuture<FontLibrary> fonts = CompletableFuture.supplyAsync(FontLibrary::withSystemFallbacks);
        root.checkedOutput(out, OutputKind.PDF, spec.commandLine(), "export", new FileEndings(".pdf"));
        try (Workspace workspace = root.openWorkspaceToRead()) {
            // in her language: the exercises with no text in it print in English, and she is told so
            HandoutRequests.InLanguage inLanguage = new HandoutRequests(workspace.handoutSources())
                    .inItsLanguage(request(workspace, paperSize));
            HandoutRequest request = inLanguage.request();
            ExercisePictures pictures = noPictures ? ExercisePictures.NONE : LibraryPictures.of(workspace);
            HandoutResult result = new HandoutRenderer(ready(fonts), pictures).write(request, out);
            result.warnings().forEach(w -> err.println("restride: warning: " + w));
            String english = InEnglish.sentence(Words.of(Locale.getDefault()), inLanguage.inEnglish(),
                    inLanguage.partly());
            if (!english.isEmpty()) {
                err.println("restride: warning: " + english + ".");
            }
            String typed = inLanguage.asTyped().sentence(Words.of(Locale.getDefault()));
            if (!typed.isEmpty()) {
                err.println("restride: warning: " + typed + ".");
            }
            String unknown = InEnglish.notPrinted(Words.of(Locale.getDefault()), storedLanguage(workspace),
                    request.options().language());
            if (!unknown.isEmpty()) {
                err.println("restride: warning: " + unknown + ".");
            }
            err.flush();
            // kept in her history before it is called written: a handout that cannot be recorded is removed
            var kept = keptOrRemoved(workspace, request, result);
            spec.commandLine().getOut().println("Wrote " + Excerpt.whole(out.toAbsolutePath()) + " (" + result.pageCount()
                    + (result.pageCount() == 1 ? " page)." : " pages)."));
            kept.ifPresent(k -> spec.commandLine().getOut().println(Words.of(Locale.getDefault()).get("issued.kept", k.id())));
            return 0;
        } catch (Refused | HandoutException e) {
            return fail(err, e.getMessage());
        } catch (SafeFiles.NoSpaceException e) {
            return fail(err, e.getMessage());
        } catch (IOException e) {
            return fail(err, "could not write " + Excerpt.path(out) + ": " + reason(e) + ".");
        }
    }

    private Optional<IssuedHandout> keptOrRemoved(Workspace workspace, HandoutRequest request, HandoutResult result)
            throws IOException {
        if (workspace.isReadOnly() && request.roadmap().id() != null && root.readingOnFullDisk()) {
            return Optional.empty(); // the note on the full disk says a handout is not kept
        }
        if (workspace.isReadOnly() && request.roadmap().id() != null) {
            // a read-only data folder: the PDF is written where she asked, and said not to be in her history
            PrintWriter err = spec.commandLine().getErr();
            err.println("restride: " + Words.of(Locale.getDefault()).get("safety.readOnly.notKept", Excerpt.path(workspace.folder())));
            err.flush();
            return Optional.empty();
        }
        try {
            return new IssuedHandouts(workspace.issuedHandouts())
                    .keep(request, result, IssuedHandout.Channel.EXPORT, workspace.clock().instant());
        } catch (RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
    }

    private static FontLibrary ready(CompletableFuture<FontLibrary> fonts) {
        try {
            return fonts.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void checkChoice() {
        if ((roadmapId == null) == (templateKey == null)) {
            throw new ParameterException(spec.commandLine(), Words.of(Locale.getDefault()).get("problems.cli.roadmapOrTemplate"));
        }
        if (templateKey != null && (patientName == null || patientName.isBlank())) {
            throw new ParameterException(spec.commandLine(), Words.of(Locale.getDefault()).get("problems.cli.templateNeedsName"));
        }
        if (roadmapId != null && patientName != null) {
            throw new ParameterException(spec.commandLine(), Words.of(Locale.getDefault()).get("problems.cli.nameOnlyWithTemplate"));
        }
        if (language != null) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!Languages.has(code)) {
                throw new ParameterException(spec.commandLine(), Words.english().get("language-choice.unknown",
                        String.join(", ", Languages.codes()), Excerpt.quoted(language)));
            }
            language = code;
        }
        if (patientName != null) {
            try {
                patientName = Check.line("--patient-name", patientName, 200);
            } catch (ValidationException e) {
                throw new ParameterException(spec.commandLine(), Excerpt.line(e.explain(Words.of(Locale.getDefault())::refusal), 160));
            }
        }
    }

    private HandoutRequest request(Workspace workspace, PaperSize paperSize) throws Refused {
        HandoutRequests requests = new HandoutRequests(workspace.handoutSources());
        LocalDate today = LocalDate.now(root.clock());
        HandoutRequest request;
        if (roadmapId != null) {
            request = requests.forRoadmap(roadmapId, today).orElseThrow(() -> new Refused("There is no roadmap "
                    + roadmapId + " (the roadmaps are listed in the window, or by the demo command)."));
        } else {
            request = requests.forTemplate(templateKey, patientName, today).orElseThrow(() -> new Refused(
                    "There is no template \"" + templateKey + "\" (known: " + workspace.templates().all().stream()
                            .map(Template::key).collect(Collectors.joining(", ")) + ")."));
        }
        // her language (her details, else the clinic's) unless --language says another for this handout
        HandoutOptions options = request.options().withLargePrint(largePrint).withPictures(!noPictures).withLog(!noLog)
                .withAllPhases(allPhases).withLanguage(language == null ? request.options().language() : language);
        return request.withOptions(paperSize == null ? options : options.withPaper(paperSize));
    }

    /** Her stored handout language, when her own roadmap prints without --language; null otherwise. */
    private String storedLanguage(Workspace workspace) {
        if (roadmapId == null || language != null) {
            return null;
        }
        return workspace.roadmaps().find(roadmapId).flatMap(r -> workspace.patients().find(r.patientId()))
                .map(Patient::handoutLanguage).orElse(null);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int fail(PrintWriter err, String message) {
        err.println("restride: " + message);
        err.flush();
        return CommandLineRunner.EXIT_FAILED;
    }
}
