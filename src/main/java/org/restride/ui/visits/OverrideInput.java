package org.restride.ui.visits;

import java.util.Locale;
import org.restride.text.Words;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.domain.progress.Rule;

/** The PT's choice to set a rule aside at this visit, and the reason she types (required, kept in the history). */
public final class OverrideInput {
    private final Rule rule;
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final Words words;

    OverrideInput(Rule rule, InvalidationListener listener, Words words) {
        this.rule = rule;
        this.words = words;
        on.addListener(listener);
        reason.addListener(listener);
    }

    public Rule rule() {
        return rule;
    }

    /** Whether the override is asked for but its reason is still missing. */
    boolean lacksReason() {
        return on.get() && reason.get().isBlank();
    }

    boolean applies() {
        return on.get() && !reason.get().isBlank();
    }

    void check() {
        problem.set(lacksReason() ? words.get("ui-visits.overrideWhy", words.label(rule).toLowerCase(Locale.ROOT)) : "");
    }

    public BooleanProperty onProperty() {
        return on;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
