package org.restride.app;

import org.restride.store.Database;

/** Tests' way to a workspace's database, which the window and the command line never get. */
public final class WorkspaceDatabase {
    private WorkspaceDatabase() {
    }

    public static Database of(Workspace workspace) {
        return workspace.database();
    }
}
