package org.restride.exchange;

import java.nio.file.Path;
import java.util.List;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;
import org.restride.text.Words;

/** What an import did: imported, or stopped at duplicates to ask the user about (nothing written then). */
public sealed interface ImportOutcome permits ImportOutcome.Imported, ImportOutcome.Duplicate {

    /**
     * Written in one transaction. {@code templateKey} is the template the roadmap is in (null for a library);
     * {@code templateWritten} is false when that template was already there or was skipped. {@code keptCopy} is
     * the backup made first because the import changed what was already here (null when it only added).
     */
    record Imported(String templateKey, boolean templateWritten, int exercisesAdded, int exercisesReplaced,
                    int exercisesUnchanged, int exercisesSkipped, Path keptCopy) implements ImportOutcome {
        public Imported(String templateKey, boolean templateWritten, int exercisesAdded, int exercisesReplaced,
                        int exercisesUnchanged, int exercisesSkipped) {
            this(templateKey, templateWritten, exercisesAdded, exercisesReplaced, exercisesUnchanged, exercisesSkipped, null);
        }

        public String describe() {
            return what() + (keptCopy == null ? "" : " The data as it was before is kept in " + Excerpt.whole(keptCopy)
                    + "; restore that file to undo the import.");
        }

        private String what() {
            String exercises = exercisesAdded + " new, " + exercisesReplaced + " replaced, " + exercisesUnchanged
                    + " already there, " + exercisesSkipped + " skipped";
            if (templateKey == null) {
                return "Imported the library: exercises " + exercises + ".";
            }
            String template = templateWritten ? "Imported the roadmap as the template " + Excerpt.quoted(templateKey)
                    : "Kept the template " + Excerpt.quoted(templateKey) + " as it was";
            return template + " (exercises " + exercises + ").";
        }
    }

    /** Already in the library with different content; call again with a choice other than ASK. */
    record Duplicate(List<Clash> clashes) implements ImportOutcome {
        public Duplicate {
            clashes = List.copyOf(clashes);
        }

        /** What is already here, as a problem: how many items, and each one. */
        public KeyedProblem problem() {
            return KeyedProblem.of(clashes.size() == 1 ? "problems.exchange.duplicates.one" : "problems.exchange.duplicates.other",
                    clashes.size(), clashes.stream().map(Clash::problem).toList());
        }

        public String describe() {
            return problem().in(Words.english());
        }
    }
}
