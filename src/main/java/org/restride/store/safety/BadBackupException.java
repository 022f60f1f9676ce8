package org.restride.store.safety;

import org.restride.store.StoreException;
import org.restride.text.Excerpt;
import org.restride.text.KeyedProblem;

/** A file given to restore from that is not a backup this Restride can use. Nothing was changed. */
public final class BadBackupException extends StoreException {
    /** What is wrong with the file; words in {@code safety.properties} as {@code safety.restore.<key>}. */
    public enum Problem {
        MISSING("missing"),
        FOLDER("folder"),
        NOT_A_FILE("notAFile"),
        EMPTY("empty"),
        TOO_LARGE("tooLarge"),
        DAMAGED("damaged"),
        NOT_RESTRIDE("notRestride"),
        NEWER_VERSION("newer"),
        LIVE_DATABASE("liveDatabase"),
        LINK_IN_BACKUPS("linkInBackups");

        private final String key;

        Problem(String key) {
            this.key = key;
        }
    }

    private final Problem problem;

    BadBackupException(Problem problem, Object file) {
        super(KeyedProblem.of("problems.joined", KeyedProblem.of("safety.restore." + problem.key, Excerpt.path(file)),
                KeyedProblem.of("safety.restore.untouched")));
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
