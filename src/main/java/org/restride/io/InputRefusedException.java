package org.restride.io;

import org.restride.text.Excerpt;
import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** A file given to read that Restride will not read, or not past a limit; nothing was changed. One-line message. */
public final class InputRefusedException extends KeyedException {
    /** Why; words in {@code safety.properties} as {@code safety.in.<key>}, each naming the limit where there is one. */
    public enum Reason {
        MISSING("missing"),
        FOLDER("folder"),
        NOT_A_FILE("notAFile"),
        UNREADABLE("unreadable"),
        TOO_LARGE("tooLarge"),
        TOO_DEEP("tooDeep"),
        STRING_TOO_LONG("stringTooLong"),
        NUMBER_TOO_LONG("numberTooLong"),
        NUMBER_UNREADABLE("numberUnreadable"),
        TOO_MANY("tooMany"),
        TOO_MANY_PIXELS("tooManyPixels"),
        NOT_JSON("notJson"),
        TRAILING("trailing"),
        TWICE("twice"),
        NOT_A_ZIP("notZip");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    /** {@code file} is quoted short and escaped; {@code details} are a limit, a line or a short description. */
    public InputRefusedException(Reason reason, Object file, Object... details) {
        super(KeyedProblem.of("problems.joined", KeyedProblem.of("safety.in." + reason.key,
                prepend(Excerpt.path(file), details)), KeyedProblem.of("safety.in.unchanged")), null);
        this.reason = reason;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    public Reason reason() {
        return reason;
    }
}
