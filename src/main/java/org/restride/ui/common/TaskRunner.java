package org.restride.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Runs work away from the FX thread and hands the result back on it, showing that something is busy meanwhile. */
public interface TaskRunner {
    <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail);

    /** True while any work is running. */
    ReadOnlyBooleanProperty busyProperty();

    /** What is running now, for the status bar ("Searching…"), or empty. */
    ReadOnlyStringProperty activityProperty();
}
