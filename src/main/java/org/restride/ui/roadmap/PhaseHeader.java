package org.restride.ui.roadmap;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Phase;
import org.restride.ui.common.Icons;

/**
 * The top of a phase card: its kind and name on one line; its weeks after birth, "she is here now" and the "⋯" menu
 * (move up, move down, remove) on the next. Each field commits on Enter or on leaving it.
 */
final class PhaseHeader extends VBox {
    private final int index;
    private final RoadmapEditorViewModel model;
    private final Runnable refresh;
    private final IntConsumer menuDone;
    private final Label kind = new Label();
    private final TextField name = new TextField();
    private final Spinner<Integer> from = weekSpinner();
    private final Spinner<Integer> to = weekSpinner();
    private final RadioButton currentMark = new RadioButton();
    private final MenuItem up = new MenuItem();
    private final MenuItem down = new MenuItem();
    private final MenuButton actions = new MenuButton();
    private final HBox weeksLine = new HBox(10);
    private Phase phase;
    private boolean updating;

    /**
     * {@code refresh} shows the saved phase again after an edit; {@code menuDone} is told the place whose "⋯" the
     * keyboard goes to after the menu moved a phase (where it went) or removed one (the phase now in its place).
     */
    PhaseHeader(int index, RoadmapEditorViewModel model, Runnable refresh, IntConsumer menuDone) {
        super(8);
        this.index = index;
        this.model = model;
        this.refresh = refresh;
        this.menuDone = menuDone;
        nameLine();
        makeWeeksLine();
        HBox top = new HBox(10, kind, name);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, weeksLine);
    }

    /** Shows the phase, changing only the controls whose value differs from {@code old}. */
    void show(Phase old, Phase now, boolean current) {
        phase = now;
        updating = true;
        try {
            if (old == null || old.kind() != now.kind()) {
                kind.setText(model.words().label(now.kind()));
            }
            Commits.show(name, model.shown(now.name()));
            setSpinner(from, now.weeks().from());
            setSpinner(to, now.weeks().to() == null ? 0 : now.weeks().to());
            currentMark.setSelected(current);
        } finally {
            updating = false;
        }
    }

    void showPlace(int count) {
        up.setDisable(index == 0);
        down.setDisable(index >= count - 1);
    }

    Node focusActions() {
        actions.requestFocus();
        return actions;
    }

    Node weeksLine() {
        return weeksLine;
    }

    Node currentMark() {
        return currentMark;
    }

    private void nameLine() {
        kind.getStyleClass().add("phase-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        name.setId("phase-" + index + "-name");
        name.getStyleClass().add("phase-name");
        name.setAccessibleText(model.words().get("editor.ui.phaseName"));
        Commits.onLeave(name, () -> {
            model.phases().renamePhase(index, name.getText());
            refresh.run();
        }, () -> phase != null && Commits.show(name, model.shown(phase.name())));
        HBox.setHgrow(name, Priority.ALWAYS);
    }

    private void makeWeeksLine() {
        from.setId("phase-" + index + "-weeks-from");
        to.setId("phase-" + index + "-weeks-to");
        Commits.onLeave(from, "weeks", model::refuse);
        Commits.onLeave(to, "weeks", model::refuse);
        from.valueProperty().addListener(o -> saveWeeks());
        to.valueProperty().addListener(o -> saveWeeks());
        Tooltip.install(to, new Tooltip(model.words().get("editor.ui.weeksOnwards")));
        currentMark.setText(model.words().get("editor.ui.hereNow"));
        currentMark.setId("phase-" + index + "-current");
        currentMark.setMinWidth(Region.USE_PREF_SIZE);
        currentMark.setOnAction(e -> model.phases().setCurrentPhase(index));
        Label weeksLabel = new Label(model.words().get("editor.ui.weeksAfterBirth"));
        weeksLabel.getStyleClass().add("field-label");
        weeksLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label toLabel = new Label(model.words().get("editor.ui.weeksTo"));
        toLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox range = new HBox(6, weeksLabel, from, toLabel, to);
        range.setAlignment(Pos.CENTER_LEFT);
        FlowPane weeks = new FlowPane(16, 6, range, currentMark);
        weeks.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(weeks, Priority.ALWAYS);
        weeksLine.getChildren().setAll(weeks, menu());
        weeksLine.setAlignment(Pos.CENTER_LEFT);
    }

    /** Moving and removing a phase are rare: one menu, so the name has the width of the card. */
    private MenuButton menu() {
        up.setText(model.words().get("editor.ui.phaseUp"));
        up.setGraphic(Icons.of(Feather.ARROW_UP));
        up.setOnAction(e -> movePhase(-1));
        down.setText(model.words().get("editor.ui.phaseDown"));
        down.setGraphic(Icons.of(Feather.ARROW_DOWN));
        down.setOnAction(e -> movePhase(1));
        MenuItem remove = new MenuItem(model.words().get("editor.ui.removePhase"), Icons.of(Feather.TRASH_2));
        remove.setOnAction(e -> removePhase());
        actions.setGraphic(Icons.of(Feather.MORE_HORIZONTAL));
        actions.getItems().setAll(up, down, remove);
        actions.setId("phase-" + index + "-actions");
        actions.getStyleClass().addAll("flat", "button-icon", "no-arrow");
        actions.setTooltip(new Tooltip(model.words().get("ui-layout.phaseActions")));
        actions.setAccessibleText(actions.getTooltip().getText());
        actions.setMinWidth(Region.USE_PREF_SIZE);
        return actions;
    }

    private void movePhase(int delta) {
        if (model.phases().movePhase(index, delta)) {
            menuDone.accept(index + delta);
        }
    }

    private void removePhase() {
        if (model.phases().removePhase(index)) {
            menuDone.accept(Math.min(index, model.roadmapProperty().get().phases().size() - 1));
        }
    }

    private void saveWeeks() {
        if (!updating && from.getValue() != null && to.getValue() != null) {
            model.phases().setWeeks(index, from.getValue(), to.getValue() == 0 ? null : to.getValue());
            refresh.run();
        }
    }

    private static void setSpinner(Spinner<Integer> spinner, int value) {
        if (spinner.getValue() == null || spinner.getValue() != value) {
            spinner.getValueFactory().setValue(value);
        }
    }

    private static Spinner<Integer> weekSpinner() {
        Spinner<Integer> spinner = new Spinner<>(0, 156, 0);
        spinner.setEditable(true);
        spinner.setPrefWidth(74);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        spinner.getStyleClass().add("week-spinner");
        return spinner;
    }
}
