package org.restride.cli;

import java.util.Locale;
import org.restride.exchange.DuplicateChoice;
import org.restride.exchange.ExchangeException;
import org.restride.exchange.ImportOutcome;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.restride.text.Words;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The --on-duplicate option of the imports, and what an import outcome prints. */
final class OnDuplicate implements ITypeConverter<DuplicateChoice> {
    static final String HELP = "What to do with what is already here with different content: replace it, keep both "
            + "(the imported one gets a new id), or skip it. Without it, the import stops and lists the duplicates.";

    @Override
    public DuplicateChoice convert(String value) {
        switch (value) {
            case "replace":
                return DuplicateChoice.REPLACE;
            case "keep-both":
                return DuplicateChoice.KEEP_BOTH;
            case "skip":
                return DuplicateChoice.SKIP;
            default:
                throw new TypeConversionException(Words.of(Locale.getDefault()).get("problems.cli.onDuplicate",
                        Excerpt.quoted(value)));
        }
    }

    /** The outcome in one line; duplicates fail the command, naming what clashes and the way on. */
    static String describe(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Duplicate duplicate) {
            throw new ExchangeException(KeyedProblem.of("problems.cli.duplicates", duplicate.problem()));
        }
        return ((ImportOutcome.Imported) outcome).describe();
    }
}
