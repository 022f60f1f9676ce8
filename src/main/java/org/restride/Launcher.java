package org.restride;

import java.util.logging.Level;
import java.io.PrintWriter;
import java.util.logging.Logger;
import org.restride.cli.CommandLineRunner;
import org.restride.cli.Desktop;
import org.restride.ui.RestrideApp;

/**
 * The program's entry point. It is not a JavaFX Application, so {@code java -jar} works with JavaFX on the
 * class path. With no command it opens the window; otherwise it runs the command and exits.
 */
public final class Launcher {
    /** Held so the setting below lasts: Restride's own messages go to its log file, never to the console. */
    private static final Logger RESTRIDE_LOG = Logger.getLogger("org.restride");
    /**
     * JavaFX warns "Unsupported JavaFX configuration" on every start from the class path (how the jar and the
     * installers run it, and a supported way in practice); held and raised to SEVERE so a clean start prints nothing.
     */
    private static final Logger JAVAFX_START_LOG = Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        RESTRIDE_LOG.setUseParentHandlers(false);
        JAVAFX_START_LOG.setLevel(Level.SEVERE);
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = CommandLineRunner.run(args, Desktop.guarded(RestrideApp::open), out, err);
        System.exit(code);
    }
}
