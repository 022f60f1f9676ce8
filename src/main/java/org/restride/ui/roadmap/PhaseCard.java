package org.restride.ui.roadmap;

import java.util.Collection;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.ui.common.Icons;
import org.restride.ui.common.PhaseColours;

/** One phase of the roadmap as a card: name, weeks, purpose, exercises and exit criteria. */
final class PhaseCard extends VBox {
    static final double ROW_HEIGHT = 54;

    private final int index;
    private final RoadmapEditorViewModel model;
    private final ListView<PhaseItem> items = new ListView<>();

    PhaseCard(int index, Phase phase, boolean current, RoadmapEditorViewModel model, Collection<Criterion> libraryCriteria,
              BiConsumer<Integer, Integer> onItemSelected) {
        super(10);
        this.index = index;
        this.model = model;
        setId("phase-" + index);
        getStyleClass().add("phase-card");
        PhaseColours.apply(this, phase.kind());
        setPadding(new Insets(14, 16, 14, 16));
        // The PT's own clicks and keys choose the phase that Enter in the library adds to.
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> model.selectedPhaseProperty().set(index));
        addEventFilter(KeyEvent.KEY_RELEASED, e -> model.selectedPhaseProperty().set(index));
        getChildren().addAll(header(phase, current), purpose(phase), itemList(phase, onItemSelected),
                new CriteriaEditor(index, phase, model, libraryCriteria));
    }

    ListView<PhaseItem> items() {
        return items;
    }

    private VBox header(Phase phase, boolean current) {
        Label kind = new Label(phase.kind().label());
        kind.getStyleClass().add("phase-kind");
        kind.setMinWidth(Region.USE_PREF_SIZE);
        TextField name = new TextField(phase.name());
        name.setId("phase-" + index + "-name");
        name.getStyleClass().add("phase-name");
        commitOnLeave(name, () -> model.renamePhase(index, name.getText()));
        HBox.setHgrow(name, Priority.ALWAYS);
        Spinner<Integer> from = weekSpinner(phase.weeks().from(), "from");
        Spinner<Integer> to = weekSpinner(phase.weeks().to() == null ? 0 : phase.weeks().to(), "to");
        Runnable saveWeeks = () -> model.setWeeks(index, from.getValue(), to.getValue() == 0 ? null : to.getValue());
        from.valueProperty().addListener(o -> saveWeeks.run());
        to.valueProperty().addListener(o -> saveWeeks.run());
        Tooltip.install(to, new Tooltip("0 means \"and onwards\""));
        RadioButton currentMark = new RadioButton("She is in this phase now");
        currentMark.setId("phase-" + index + "-current");
        currentMark.setSelected(current);
        currentMark.setOnAction(e -> model.setCurrentPhase(index));
        Button up = iconButton(Feather.ARROW_UP, "Move phase up", () -> model.movePhase(index, -1));
        Button down = iconButton(Feather.ARROW_DOWN, "Move phase down", () -> model.movePhase(index, 1));
        Button remove = iconButton(Feather.TRASH_2, "Remove phase (undo brings it back)", () -> model.removePhase(index));
        HBox top = new HBox(10, kind, name, up, down, remove);
        top.setAlignment(Pos.CENTER_LEFT);
        Label weeksLabel = new Label("Weeks after birth");
        weeksLabel.getStyleClass().add("field-label");
        HBox weeks = new HBox(6, weeksLabel, from, new Label("to"), to, spacer(), currentMark);
        weeks.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, top, weeks);
    }

    private TextArea purpose(Phase phase) {
        TextArea purpose = new TextArea(phase.purpose() == null ? "" : phase.purpose());
        purpose.setId("phase-" + index + "-purpose");
        purpose.setPromptText("What this phase is for, in the patient's words");
        purpose.setWrapText(true);
        purpose.setPrefRowCount(3);
        commitOnLeave(purpose, () -> model.setPurpose(index, purpose.getText()));
        return purpose;
    }

    private VBox itemList(Phase phase, BiConsumer<Integer, Integer> onItemSelected) {
        Label title = new Label("Exercises (" + phase.items().size() + ")");
        title.getStyleClass().add("section-label");
        items.setId("phase-" + index + "-items");
        items.getStyleClass().add("phase-items");
        items.getItems().setAll(phase.items());
        items.setCellFactory(v -> new PhaseItemCell(index, model));
        items.setFixedCellSize(ROW_HEIGHT);
        items.setPrefHeight(Math.max(1, phase.items().size()) * ROW_HEIGHT + 4);
        items.setMinHeight(items.getPrefHeight());
        items.setPlaceholder(new Label("Drag exercises here, or select one in the library and press Enter."));
        items.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (now.intValue() >= 0) {
                onItemSelected.accept(index, now.intValue());
            }
        });
        items.addEventFilter(KeyEvent.KEY_PRESSED, this::itemKeys);
        items.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && DragData.decode(e.getDragboard().getString()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        items.setOnDragDropped(e -> {
            boolean done = DragData.decode(e.getDragboard().getString())
                    .map(data -> PhaseItemCell.drop(model, data, index, items.getItems().size())).orElse(false);
            e.setDropCompleted(done);
            e.consume();
        });
        return new VBox(6, title, items);
    }

    private void itemKeys(KeyEvent e) {
        int selected = items.getSelectionModel().getSelectedIndex();
        if (selected < 0) {
            return;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.removeItem(index, selected);
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP && selected > 0) {
            model.moveItem(index, selected, index, selected - 1);
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN && selected < items.getItems().size() - 1) {
            model.moveItem(index, selected, index, selected + 2);
            e.consume();
        }
    }

    static void commitOnLeave(javafx.scene.control.TextInputControl field, Runnable commit) {
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        if (field instanceof TextField text) {
            text.setOnAction(e -> commit.run());
        }
    }

    private static Spinner<Integer> weekSpinner(int value, String id) {
        Spinner<Integer> spinner = new Spinner<>(0, 156, value);
        spinner.setEditable(true);
        spinner.setPrefWidth(74);
        spinner.setId("weeks-" + id);
        return spinner;
    }

    static Button iconButton(Feather icon, String tip, Runnable action) {
        Button button = new Button(null, Icons.of(icon));
        button.getStyleClass().addAll("flat", "button-icon");
        button.setTooltip(new Tooltip(tip));
        button.setOnAction(e -> action.run());
        button.setAccessibleText(tip);
        return button;
    }

    static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
