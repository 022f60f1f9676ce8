package org.restride.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The processor time (user + system) of the child processes this JVM has waited for, from /proc/self/stat
 * (Linux): read before and after one child runs, the difference is that child's own CPU time, whatever else
 * the shared machine is doing. Resolution: the kernel's clock tick (10 ms).
 */
final class ChildCpu {
    /** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
    private static final double TICKS_PER_SECOND = 100;

    private ChildCpu() {
    }

    /** Milliseconds of CPU used so far by the waited-for children, or NaN where /proc is not there. */
    static double milliseconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // cutime and cstime are fields 16 and 17 of the whole line; fields[] starts at field 3
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
