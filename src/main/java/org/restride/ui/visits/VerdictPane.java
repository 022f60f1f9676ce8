package org.restride.ui.visits;

import javafx.scene.layout.Region;
import java.util.Map;
import java.util.HashMap;
import org.restride.text.Words;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.Rule;
import org.restride.domain.progress.Verdict;
import org.restride.ui.common.ScrollIntoSight;

/**
 * The verdict beside the form, following every change: red flags first and prominent, the status in a calm colour,
 * the reasons behind it, advice, and a line to set each overridable rule aside with a typed reason.
 */
final class VerdictPane extends BorderPane {
    private final VisitFormViewModel model;
    private final VBox redFlags = new VBox(6);
    private final Label status = new Label();
    private final Label headline = new Label();
    private final VBox reasons = new VBox(6);
    private final VBox advice = new VBox(6);
    private final VBox overrides = new VBox(10);
    private final Map<OverrideInput, Node> overrideLines = new HashMap<>();

    private final Words words;

    VerdictPane(VisitFormViewModel model, Node actions, Words words) {
        this.model = model;
        this.words = words;
        getStyleClass().add("verdict-pane");
        redFlags.getStyleClass().add("red-flag-box");
        redFlags.setId("verdict-red-flags");
        status.setId("verdict-status");
        status.getStyleClass().add("verdict-status");
        status.setMaxWidth(Double.MAX_VALUE);
        headline.setId("verdict-headline");
        headline.setWrapText(true);
        headline.getStyleClass().add("verdict-headline");
        reasons.setId("verdict-reasons");
        advice.setId("verdict-advice");
        Label stale = Fields.hint(words.get("ui-visits.stale"));
        stale.getStyleClass().add("verdict-stale");
        stale.visibleProperty().bind(model.verdictCurrentProperty().not().and(model.verdictProperty().isNotNull()));
        stale.managedProperty().bind(stale.visibleProperty());
        Label none = Fields.hint(words.get("ui-visits.noVerdict"));
        none.visibleProperty().bind(model.verdictProperty().isNull().and(model.patientProperty().isNotNull()));
        none.managedProperty().bind(none.visibleProperty());
        VBox body = new VBox(10, redFlags, status, headline, stale, none, titled(words.get("ui-visits.why"), reasons),
                titled(words.get("ui-visits.advice"), advice),
                overrideSection());
        body.setPadding(new Insets(16));
        ScrollPane scroller = new ScrollPane(body);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("edge-to-edge");
        ScrollIntoSight.followFocus(scroller, 28);
        setCenter(scroller);
        setBottom(actions);
        model.verdictProperty().addListener(o -> show(model.verdictProperty().get()));
        model.verdictCurrentProperty().addListener(o -> show(model.verdictProperty().get()));
        model.redFlags().addListener((ListChangeListener<Reason>) c -> show(model.verdictProperty().get()));
        model.overrides().addListener((ListChangeListener<OverrideInput>) c -> showOverrides());
        show(model.verdictProperty().get());
        showOverrides();
    }

    private Node titled(String title, VBox lines) {
        VBox box = new VBox(6, Fields.section(title), lines);
        box.visibleProperty().bind(Bindings.isNotEmpty(lines.getChildren()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void show(Verdict verdict) {
        List<Reason> flags = List.copyOf(model.redFlags());
        redFlags.getChildren().clear();
        if (!flags.isEmpty()) {
            Label title = new Label(words.get(flags.size() == 1 ? "ui-visits.redFlagStop" : "ui-visits.redFlagsStop"));
            title.getStyleClass().add("red-flag-title");
            redFlags.getChildren().add(title);
            flags.forEach(r -> redFlags.getChildren().add(line(r, "red-flag-line")));
        }
        redFlags.setVisible(!flags.isEmpty());
        redFlags.setManaged(!flags.isEmpty());
        status.getStyleClass().removeIf(c -> c.startsWith("status-"));
        boolean showStatus = verdict != null && flags.isEmpty();
        status.setVisible(showStatus);
        status.setManaged(showStatus);
        boolean showHeadline = verdict != null && (flags.isEmpty() || model.verdictCurrentProperty().get());
        headline.setVisible(showHeadline);
        headline.setManaged(showHeadline);
        reasons.getChildren().clear();
        advice.getChildren().clear();
        if (verdict == null) {
            return;
        }
        status.setText(words.label(verdict.status()));
        status.getStyleClass().add("status-" + verdict.status().key());
        headline.setText(model.wording().headline(verdict));
        for (Reason reason : verdict.reasons()) {
            if (reason.rule().isAdvice()) {
                advice.getChildren().add(line(reason, "advice-line"));
            } else if (reason.rule() != Rule.RED_FLAG) {
                reasons.getChildren().add(line(reason, reason.isOverridden() ? "reason-overridden"
                        : "reason-" + reason.rule().leadsTo().key()));
            }
        }
    }

    private Label line(Reason reason, String style) {
        Label label = new Label(model.wording().line(reason));
        label.setWrapText(true);
        label.getStyleClass().addAll("reason-line", style);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Node overrideSection() {
        Label hint = Fields.hint(words.get("ui-visits.overrideHint"));
        VBox box = new VBox(8, Fields.section(words.get("ui-visits.overrideTitle")), hint, overrides);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.overrides()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** One line per overridable rule, kept while the rule stays so that typing in it is never interrupted. */
    private void showOverrides() {
        overrideLines.keySet().retainAll(model.overrides());
        List<Node> lines = model.overrides().stream().map(o -> overrideLines.computeIfAbsent(o, this::overrideLine)).toList();
        if (!lines.equals(overrides.getChildren())) {
            overrides.getChildren().setAll(lines);
        }
    }

    private Node overrideLine(OverrideInput input) {
        String id = "override-" + input.rule().key();
        CheckBox on = new CheckBox(model.wording().say(input.rule().phrase()));
        on.setId(id);
        on.setWrapText(true);
        on.selectedProperty().bindBidirectional(input.onProperty());
        TextField reason = new TextField();
        reason.setId(id + "-reason");
        reason.setPromptText(words.get("ui-visits.overridePrompt"));
        reason.textProperty().bindBidirectional(input.reasonProperty());
        reason.visibleProperty().bind(input.onProperty());
        reason.managedProperty().bind(reason.visibleProperty());
        input.onProperty().addListener((o, was, now) -> {
            if (now) {
                reason.requestFocus();
            }
        });
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(input.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return new VBox(4, on, reason, problem);
    }
}
