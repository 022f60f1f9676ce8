package org.restride.io;

import java.util.Locale;
import org.restride.text.Excerpt;
import org.restride.text.KeyedException;
import org.restride.text.KeyedProblem;

/** A path given for writing that Restride will not write to; nothing was written. The message is one line. */
public final class OutputRefusedException extends KeyedException {
    /** Why, each with its words in {@code text/<language>/safety.properties} as {@code safety.out.<key>}. */
    public enum Reason {
        NO_PATH("noPath"),
        DATA_FOLDER("dataFolder"),
        RESTRIDE_FILE("restrideFile"),
        FOLDER("folder"),
        DEVICE("device"),
        OTHER_KIND("otherKind"),
        NO_PARENT("noParent"),
        PARENT_NOT_FOLDER("parentNotFolder"),
        PARENT_READ_ONLY("parentReadOnly"),
        FILE_READ_ONLY("fileReadOnly"),
        UNREADABLE("unreadable"),
        NAME_TOO_LONG("nameTooLong");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    OutputRefusedException(Reason reason, Object path, OutputKind kind) {
        super(KeyedProblem.of("safety.out." + reason.key, Excerpt.path(path),
                KeyedProblem.of("safety.kind." + kind.name().toLowerCase(Locale.ROOT))), null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
