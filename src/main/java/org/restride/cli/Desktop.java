package org.restride.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.restride.text.Words;

/**
 * Whether the window can open here, told in one line when it cannot: on Linux and other Unix desktops the window
 * needs a display (X11 or Wayland) and GTK 3. The command line works either way, and the line says so.
 */
public final class Desktop {
    private Desktop() {
    }

    /** The window can not open here; the message is the one line to print. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String line) {
            super(line);
        }
    }

    /**
     * The opener, checking first that there is a display to open a window on (headless Monocle needs none), so that
     * JavaFX does not start only to fail with a stack trace.
     */
    public static Consumer<Path> guarded(Consumer<Path> opener) {
        return folder -> {
            if (!"Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
                missing(System.getProperty("os.name"), System.getenv()).ifPresent(line -> {
                    throw new Unavailable(line);
                });
            }
            opener.accept(folder);
        };
    }

    /** The line to print instead of opening the window, when plainly no display is there; empty otherwise. */
    static Optional<String> missing(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return Optional.empty();
        }
        boolean display = !environment.getOrDefault("DISPLAY", "").isBlank()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return display ? Optional.empty() : Optional.of(Words.of(Locale.getDefault()).get("cli.window.noDisplay"));
    }

    /** The line for a window that failed to start (no GTK 3, a display that will not open). */
    static String failed(Throwable failure) {
        if (failure instanceof Unavailable) {
            return failure.getMessage();
        }
        Words words = Words.of(Locale.getDefault());
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("gtk") || t instanceof UnsatisfiedLinkError) {
                return words.get("cli.window.noGtk");
            }
            if (message.contains("display")) {
                return words.get("cli.window.displayUnreachable");
            }
        }
        return words.get("cli.window.failed", failure.getClass().getSimpleName());
    }
}
