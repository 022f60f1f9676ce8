package org.restride.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.restride.ui.common.TaskRunner;

/** Holds each piece of background work until the test finishes it, in whatever order the test chooses. */
public final class QueuedTaskRunner implements TaskRunner {
    private final List<Runnable> waiting = new ArrayList<>();

    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        waiting.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFail.accept(e);
                return;
            }
            onDone.accept(result);
        });
    }

    /** How many pieces of work wait to be finished. */
    public int waiting() {
        return waiting.size();
    }

    /** Finishes the piece of work started {@code index}-th among those waiting (0 is the oldest). */
    public void finish(int index) {
        waiting.remove(index).run();
    }

    /** Finishes all waiting work, oldest first, including work started meanwhile. */
    public void finishAll() {
        while (!waiting.isEmpty()) {
            finish(0);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(!waiting.isEmpty()).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty activityProperty() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }
}
