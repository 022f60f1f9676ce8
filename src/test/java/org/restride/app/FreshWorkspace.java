package org.restride.app;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For tests that each want a workspace of their own: opened on a new data folder ({@code folder/data}) before each
 * test, closed after it. The folder beside it is the test's to write other files in.
 */
public abstract class FreshWorkspace {
    @TempDir
    protected Path folder;
    protected Workspace workspace;

    /** The clock the workspace runs on; the computer's own unless a test fixes one. */
    protected Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The workspace's data folder. */
    protected Path dataFolder() {
        return folder.resolve("data");
    }

    @BeforeEach
    void openFreshWorkspace() {
        workspace = Workspace.open(dataFolder(), clock());
    }

    @AfterEach
    void closeFreshWorkspace() {
        workspace.close();
    }
}
