package org.restride.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, from /proc/PID/status (Linux). */
final class Rss {
    private Rss() {
    }

    static double megabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                String kb = line.substring("VmRSS:".length()).replace("kB", "").strip();
                return Long.parseLong(kb) / 1024.0;
            }
        }
        throw new IOException("No VmRSS line for process " + pid);
    }
}
