package org.restride.ui.safety;

import java.nio.file.Path;

/** What the window asks of the running session: put a backup back and reopen on it. */
public interface DataSession {
    /** Replaces the data with the backup (the current data is backed up first), then reopens the window. */
    void restore(Path backup);
}
