package org.restride.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Work on a small pool of background threads; results and failures come back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "restride-background");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        started(label);
        pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    finished();
                    onDone.accept(result);
                });
            } catch (Throwable failure) {
                Platform.runLater(() -> {
                    finished();
                    onFail.accept(failure);
                });
            }
        });
    }

    private void started(String label) {
        running.incrementAndGet();
        busy.set(true);
        activity.set(label);
    }

    private void finished() {
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            activity.set("");
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
