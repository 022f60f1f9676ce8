package org.restride.ui.visits;

import org.restride.text.Words;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.Rule;
import org.restride.domain.progress.RuleOverride;
import org.restride.domain.progress.Verdict;

/**
 * The override lines beside the verdict: one for each rule in it the PT may set aside, in a steady order (setting
 * one aside must not move the line she is typing in). What she typed stays with its rule while the form is open.
 */
final class OverrideInputs {
    private final InvalidationListener changed;
    private final ObservableList<OverrideInput> shown = FXCollections.observableArrayList();
    private final Map<Rule, OverrideInput> byRule = new EnumMap<>(Rule.class);

    private final Words words;

    OverrideInputs(InvalidationListener changed, Words words) {
        this.changed = changed;
        this.words = words;
    }

    void clear() {
        byRule.clear();
        shown.clear();
    }

    void showFor(Verdict verdict) {
        List<OverrideInput> wanted = verdict == null ? List.of() : verdict.reasons().stream().map(Reason::rule)
                .filter(Rule::canBeOverridden).distinct().sorted()
                .map(rule -> byRule.computeIfAbsent(rule, r -> new OverrideInput(r, changed, words))).toList();
        if (!wanted.equals(shown)) {
            shown.setAll(wanted);
        }
        shown.forEach(OverrideInput::check);
    }

    /** The overrides ticked with their reasons typed. */
    List<RuleOverride> chosen() {
        return shown.stream().filter(OverrideInput::applies).map(o -> new RuleOverride(o.rule(), o.reasonProperty().get()))
                .toList();
    }

    boolean anyLacksReason() {
        return shown.stream().anyMatch(OverrideInput::lacksReason);
    }

    ObservableList<OverrideInput> shown() {
        return shown;
    }
}
