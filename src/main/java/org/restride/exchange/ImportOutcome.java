package org.restride.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** What an import did: imported, or stopped at duplicates to ask the user about (nothing written then). */
public sealed interface ImportOutcome permits ImportOutcome.Imported, ImportOutcome.Duplicate {

    /**
     * Written in one transaction. {@code templateKey} is the template the roadmap is in (null for a library);
     * {@code templateWritten} is false when that template was already there or was skipped.
     */
    record Imported(String templateKey, boolean templateWritten, int exercisesAdded, int exercisesReplaced,
                    int exercisesUnchanged, int exercisesSkipped) implements ImportOutcome {
        public String describe() {
            String exercises = exercisesAdded + " new, " + exercisesReplaced + " replaced, " + exercisesUnchanged
                    + " already there, " + exercisesSkipped + " skipped";
            if (templateKey == null) {
                return "Imported the library: exercises " + exercises + ".";
            }
            String template = templateWritten ? "Imported the roadmap as the template \"" + templateKey + "\""
                    : "Kept the template \"" + templateKey + "\" as it was";
            return template + " (exercises " + exercises + ").";
        }
    }

    /** Already in the library with different content; call again with a choice other than ASK. */
    record Duplicate(List<Clash> clashes) implements ImportOutcome {
        public Duplicate {
            clashes = List.copyOf(clashes);
        }

        public String describe() {
            return clashes.size() + (clashes.size() == 1 ? " item of the file is" : " items of the file are")
                    + " already here with different content: "
                    + clashes.stream().map(Clash::describe).collect(Collectors.joining(", ")) + ".";
        }
    }
}
