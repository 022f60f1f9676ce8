package org.restride.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one ordered background writer: every write of the window runs here, one at a time, in the order it was
 * handed over, so the window never waits for the disk. A write handed over while an earlier one with the same
 * {@code coalesce} key is still waiting replaces it (only the newest state of one thing needs writing). Failures
 * are handed back through {@code report}, which runs them on the window's thread.
 */
public final class Writer implements AutoCloseable {
    /** How long closing waits for the writes still waiting. */
    public static final long DRAIN_LIMIT_MS = 30_000;
    private final Executor report;
    private final Deque<Job> pending = new ArrayDeque<>();
    private final Thread thread;
    private boolean running;
    private boolean closed;

    private record Job(Object coalesce, Runnable work, Consumer<RuntimeException> onFailure) {
    }

    /** {@code report} is where failures are handed back (the FX thread's {@code Platform::runLater} in the window). */
    public Writer(Executor report) {
        this.report = report;
        this.thread = new Thread(this::loop, "restride-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues one write; {@code onFailure} hears of a failure, with the writer's reason. A write handed over after
     * {@link #close()} (a field committed as the window closes) runs at once on the caller's thread.
     */
    public void submit(Object coalesce, Runnable work, Consumer<RuntimeException> onFailure) {
        Objects.requireNonNull(work);
        synchronized (this) {
            if (closed) {
                runLate(work, onFailure);
                return;
            }
            Job last = pending.peekLast();
            if (coalesce != null && last != null && coalesce.equals(last.coalesce())) {
                pending.pollLast();
            }
            pending.addLast(new Job(coalesce, work, onFailure));
            notifyAll();
        }
    }

    /**
     * Queues one write that gives something back (a new row's id): {@code onDone} hears it where failures are
     * reported (the window's thread), after the write; {@code onFailure} hears of a failure instead.
     */
    public <T> void submit(Object coalesce, Supplier<T> work, Consumer<T> onDone, Consumer<RuntimeException> onFailure) {
        Objects.requireNonNull(work);
        Objects.requireNonNull(onDone);
        submit(coalesce, () -> {
            T made = work.get();
            report.execute(() -> onDone.accept(made));
        }, onFailure);
    }

    /**
     * Runs {@code then} where failures are reported, once every write handed over before it has run and any failure
     * of theirs has been reported; the caller does not wait.
     */
    public void afterWrites(Runnable then) {
        Objects.requireNonNull(then);
        submit(null, () -> Boolean.TRUE, done -> then.run(), e -> then.run());
    }

    /** Waits until every write handed over so far has run (tests, and closing the window). */
    public synchronized void awaitIdle() {
        boolean interrupted = false;
        while (running || !pending.isEmpty()) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while a write is waiting or running. */
    public synchronized boolean busy() {
        return running || !pending.isEmpty();
    }

    private static void runLate(Runnable work, Consumer<RuntimeException> onFailure) {
        try {
            work.run();
        } catch (RuntimeException e) {
            if (onFailure != null) {
                onFailure.accept(e);
            }
        }
    }

    private void loop() {
        while (true) {
            Job job;
            synchronized (this) {
                while (pending.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                job = pending.pollFirst();
                running = true;
            }
            try {
                job.work().run();
            } catch (RuntimeException e) {
                if (job.onFailure() != null) {
                    report.execute(() -> job.onFailure().accept(e));
                }
            } finally {
                synchronized (this) {
                    running = false;
                    notifyAll();
                }
            }
        }
    }

    /**
     * Finishes every write already handed over, then stops; waits for them at most {@link #DRAIN_LIMIT_MS} (a disk
     * that hangs must not hold the window open for ever).
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(DRAIN_LIMIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
