package org.restride.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.restride.app.Workspace;
import org.restride.domain.Equipment;
import org.restride.domain.Exercise;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Keyed;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.exchange.DuplicateChoice;
import org.restride.exchange.ExchangeFormat;
import org.restride.exchange.ImportOutcome;
import org.restride.io.FileEndings;
import org.restride.io.OutputKind;
import org.restride.store.ExerciseQuery;
import org.restride.text.Excerpt;
import org.restride.text.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The exercise library: list, search, and the clinic's own exercises in and out of a file. */
@Command(name = "library", mixinStandardHelpOptions = true, description = "List, search, import or export exercises.")
final class LibraryCommand {
    /** More words than any exercise search needs; a longer one is refused before the library is opened. */
    static final int MAX_WORDS = 20;
    @ParentCommand
    private RestrideCommand root;

    @Spec
    private CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists every exercise in the library.")
    int list(@Option(names = "--archived", description = "Include archived exercises.") boolean archived) {
        try (Workspace workspace = root.openWorkspaceToRead()) {
            print(workspace.exercises().all(archived, root::warnDamaged));
        }
        return 0;
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = {"Finds exercises by words (prefixes work: \"bri\" finds bridges) and filters.",
            "One character alone finds only names that start with it (\"s\" finds \"Side plank\").",
            "A search is at most " + ExerciseQuery.MAX_TEXT_CHARS + " characters and " + MAX_WORDS + " words."})
    int search(@Parameters(paramLabel = "TEXT", arity = "0..*", description = "Words to look for.") List<String> words,
               @Option(names = "--phase", split = ",", paramLabel = "PHASE",
                       description = "foundation, strength, impact, run, lift") Set<String> phases,
               @Option(names = "--region", split = ",", paramLabel = "REGION") Set<String> regions,
               @Option(names = "--equipment", split = ",", paramLabel = "EQUIPMENT") Set<String> equipment,
               @Option(names = "--position", split = ",", paramLabel = "POSITION") Set<String> positions,
               @Option(names = "--impact", split = ",", paramLabel = "LEVEL") Set<String> impacts) {
        String text = words == null ? "" : String.join(" ", words).strip();
        long count = Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).count();
        if (text.length() > ExerciseQuery.MAX_TEXT_CHARS || count > MAX_WORDS) {
            Words said = Words.of(Locale.getDefault());
            throw new ParameterException(spec.commandLine(), said.get("cli.search.tooLong", ExerciseQuery.MAX_TEXT_CHARS,
                    MAX_WORDS, said.count("cli.count.characters", text.length()), said.count("cli.count.words", count),
                    said.get(count > MAX_WORDS ? "cli.search.fewerWords" : "cli.search.fewerCharacters")));
        }
        ExerciseQuery query = new ExerciseQuery(text,
                keys("--phase", phases, PhaseKind::fromKey), keys("--region", regions, Region::fromKey),
                keys("--equipment", equipment, Equipment::fromKey), keys("--position", positions, Position::fromKey),
                keys("--impact", impacts, ImpactLevel::fromKey), false);
        try (Workspace workspace = root.openWorkspaceToRead()) {
            List<Exercise> found = workspace.exercises().search(query, Integer.MAX_VALUE, root::warnDamaged);
            if (found.isEmpty()) {
                out().println("No exercises match.");
            }
            print(found);
        }
        return 0;
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Adds the exercises of a library file (.restride, or JSON). "
            + "A file with a bad row imports nothing.")
    int importFile(@Parameters(paramLabel = "FILE") Path file,
                   @Option(names = "--on-duplicate", paramLabel = "replace|keep-both|skip", converter = OnDuplicate.class,
                           description = OnDuplicate.HELP) DuplicateChoice choice) {
        FileArgument.require(spec.commandLine(), file, "cli.import.noFile");
        try (Workspace workspace = root.openWorkspace()) {
            ImportOutcome outcome = workspace.libraryExchange()
                    .importFrom(file, choice == null ? DuplicateChoice.ASK : choice);
            out().println(OnDuplicate.describe(outcome));
        }
        return 0;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the clinic's own exercises to a library file: a .restride "
            + "(or .zip) file to share, or a .json file.")
    int exportFile(@Parameters(paramLabel = "FILE") Path file) {
        boolean zip = file.getFileName() != null && ExchangeFormat.isExchangeName(file.getFileName().toString());
        root.checkedOutput(file, zip ? OutputKind.LIBRARY_EXCHANGE : OutputKind.JSON, spec.commandLine(), "library export",
                new FileEndings(".json", ExchangeFormat.EXTENSION, ".zip"));
        try (Workspace workspace = root.openWorkspaceToRead()) {
            int count = zip ? workspace.libraryExchange().exportTo(file) : workspace.libraryFile().exportTo(file);
            out().println("Wrote " + count + " of the clinic's exercises to " + Excerpt.whole(file) + ".");
        }
        return 0;
    }

    private void print(List<Exercise> exercises) {
        PrintWriter out = out();
        int width = exercises.stream().mapToInt(e -> Excerpt.line(e.id(), 200).length()).max().orElse(0);
        for (Exercise e : exercises) {
            String phases = e.phases().stream().map(Keyed::key).collect(Collectors.joining(","));
            out.printf("%-" + width + "s  %s  [%s · %s · %s]%n", Excerpt.line(e.id(), 200), Excerpt.line(e.name(), 200), phases,
                    e.region().key(), e.position().key());
        }
        out.flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private <E> Set<E> keys(String option, Set<String> keys, Function<String, E> parse) {
        return OptionKeys.all(spec.commandLine(), option, keys, parse);
    }
}
