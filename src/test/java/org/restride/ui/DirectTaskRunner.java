package org.restride.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.restride.ui.common.TaskRunner;

/** Runs work at once on the calling thread, for view-model tests without the toolkit. */
public final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> void run(String label, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFail.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty activityProperty() {
        return new ReadOnlyStringWrapper("").getReadOnlyProperty();
    }
}
