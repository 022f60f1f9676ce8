package org.restride.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** For tests that each want a database of their own: opened in a new folder before each test, closed after it. */
public abstract class FreshDatabase {
    @TempDir
    protected Path folder;
    protected Database db;

    @BeforeEach
    void openFreshDatabase() {
        db = Database.openFolder(folder);
    }

    @AfterEach
    void closeFreshDatabase() {
        db.close();
    }
}
