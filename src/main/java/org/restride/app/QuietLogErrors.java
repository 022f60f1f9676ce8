package org.restride.app;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.ErrorManager;

/**
 * What happens when the log cannot be written (a full disk, a removed folder): one warning line, the first time
 * only, instead of java.util.logging's stack trace for every record. The work goes on; only the log is lost.
 */
final class QuietLogErrors extends ErrorManager {
    private final Consumer<String> err;
    private final String warning;
    private final AtomicBoolean told = new AtomicBoolean();

    /** {@code err} is told the warning, once. */
    QuietLogErrors(Consumer<String> err, String warning) {
        this.err = err;
        this.warning = warning;
    }

    @Override
    public void error(String msg, Exception ex, int code) {
        if (told.compareAndSet(false, true)) {
            err.accept(warning);
        }
    }
}
