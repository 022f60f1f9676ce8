package org.restride.bench;

import java.util.List;

/** The JVM options the app is launched with (the packaged launcher passes the same). */
final class Launch {
    static final List<String> OPTIONS = List.of();

    private Launch() {
    }
}
