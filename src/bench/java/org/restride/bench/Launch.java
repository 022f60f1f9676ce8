package org.restride.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the processes are launched. {@link #JVM} are the options the packaged launcher passes, given to every
 * process the bench starts, app and baselines alike: the client compiler only (on two cores the server
 * compiler's threads compete with the start itself) and the serial collector (a smaller heap, so less
 * resident memory). The app's own processes also get what packaging prepares: its class-data archive
 * ({@link AppCds}) and SQLite's native library unpacked ({@link NativeSqlite}).
 */
final class Launch {
    static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private Launch() {
    }

    /** The launcher's options plus what packaging prepares. */
    static List<String> app(Packaged packaged) {
        List<String> options = new ArrayList<>(JVM);
        options.add("-XX:SharedArchiveFile=" + packaged.archive());
        options.add("-Xshare:auto");
        options.add("-Dorg.sqlite.lib.path=" + packaged.sqliteFolder());
        options.add("-Dorg.sqlite.lib.name=" + NativeSqlite.NAME);
        return options;
    }

    /** What packaging prepares beside the jars. */
    record Packaged(Path archive, Path sqliteFolder) {
    }
}
