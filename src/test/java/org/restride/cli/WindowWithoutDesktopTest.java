package org.restride.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a desktop the program prints one line saying what is missing and that the command line still works. */
class WindowWithoutDesktopTest {
    @TempDir
    Path folder;

    CliRun open(Consumer<Path> opener) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineRunner.run(new String[] {"--data-dir", folder.toString()}, opener, new PrintWriter(out),
                new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void noDisplayIsToldBeforeJavaFxStarts() {
        assertTrue(Desktop.missing("Linux", Map.of()).orElseThrow().contains("command line still works"));
        assertTrue(Desktop.missing("Linux", Map.of("DISPLAY", "")).isPresent());
        assertTrue(Desktop.missing("Linux", Map.of("DISPLAY", ":0")).isEmpty());
        assertTrue(Desktop.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")).isEmpty());
        assertTrue(Desktop.missing("Windows 11", Map.of()).isEmpty());
        assertTrue(Desktop.missing("Mac OS X", Map.of()).isEmpty());
    }

    @Test
    void aWindowThatFailsToStartGivesOneLineAndNoStackTrace() {
        for (Throwable failure : new Throwable[] {new UnsupportedOperationException("Unable to open DISPLAY"),
                new UnsatisfiedLinkError("libglassgtk3.so: libgtk-3.so.0: cannot open shared object file"),
                new RuntimeException("Application launch failed", new IllegalStateException("boom"))}) {
            CliRun run = open(path -> {
                if (failure instanceof RuntimeException e) {
                    throw e;
                }
                throw (Error) failure;
            });
            assertEquals(CommandLineRunner.EXIT_FAILED, run.code());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().contains("The command line still works"), run.err());
            assertFalse(run.err().contains("\tat "), run.err());
        }
        assertTrue(open(path -> {
            throw new UnsatisfiedLinkError("libgtk-3.so.0");
        }).err().contains("GTK 3"));
    }
}
