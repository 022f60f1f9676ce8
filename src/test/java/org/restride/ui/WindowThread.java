package org.restride.ui;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * The window's thread, for view-model tests without the toolkit: what a background writer hands back waits here
 * until the test settles, so the test sees what the window shows before a write comes back, as the window would.
 */
public final class WindowThread implements Executor {
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable work) {
        waiting.add(work);
    }

    /** Runs, on the caller's thread, everything handed back so far. */
    public void runWaiting() {
        for (Runnable r = waiting.poll(); r != null; r = waiting.poll()) {
            r.run();
        }
    }
}
