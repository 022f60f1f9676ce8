package org.restride.ui.roadmap;

import org.restride.app.DoseLine;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Exercise;
import org.restride.domain.PhaseItem;
import org.restride.ui.common.FittedCell;

/** One exercise in a phase: its name and printed dosage line (wrapped, whole), easier/harder/remove on the chosen row, drag and drop. */
final class PhaseItemCell extends FittedCell<ItemSlot> {
    private final int phase;
    private final RoadmapEditorViewModel model;
    private final DoseLine dose;
    private final Label name = new Label();
    private final Label dosage = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final VBox row;
    private final InvalidationListener refill = o -> fill();
    private ItemSlot shown;

    PhaseItemCell(int phase, RoadmapEditorViewModel model) {
        this.phase = phase;
        this.model = model;
        this.dose = model.doseLine();
        this.row = row();
        setOnDragDetected(e -> {
            if (getItem() == null) {
                return;
            }
            Dragboard board = startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(DragData.encode(new DragData.FromPhase(phase, getIndex())));
            board.setContent(content);
            e.consume();
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString() && DragData.decode(e.getDragboard().getString()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            int target = isEmpty() ? getListView().getItems().size() : getIndex();
            boolean done = DragData.decode(e.getDragboard().getString())
                    .map(data -> drop(model, data, phase, target)).orElse(false);
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Puts what was dropped at the target position of the phase. */
    static boolean drop(RoadmapEditorViewModel model, DragData data, int phase, int target) {
        if (data instanceof DragData.FromLibrary library) {
            model.insertExercise(phase, target, library.exerciseId());
        } else if (data instanceof DragData.FromPhase item) {
            model.moveItem(item.phase(), item.index(), phase, target);
        }
        return true;
    }

    @Override
    protected void updateItem(ItemSlot slot, boolean empty) {
        super.updateItem(slot, empty);
        if (shown != null) {
            shown.itemProperty().removeListener(refill);
        }
        shown = empty ? null : slot;
        if (shown != null) {
            shown.itemProperty().addListener(refill);
        }
        fill();
    }

    /** Shows the item the row's place holds now; called again when it holds another. */
    private void fill() {
        PhaseItem item = shown == null ? null : shown.get();
        setText(null);
        if (item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Exercise exercise = model.exercise(item.exerciseId());
        name.setText(exercise == null ? item.exerciseId() : exercise.archived()
                ? model.words().get("ui-search.archived", exercise.name()) : exercise.name());
        dosage.setText(dose.line(item.dosage()));
        tooltip.setText(name.getText() + "\n" + dosage.getText());
        setTooltip(tooltip);
        setGraphic(row);
    }

    /**
     * The row is made once per cell and filled for each item: a move or an edit re-styles nothing. The name and the
     * dose wrap to the list's width (the row grows), and the chosen row's buttons sit beside the name, not the dose.
     */
    private VBox row() {
        name.getStyleClass().add("exercise-name");
        dosage.getStyleClass().add("dosage-line");
        for (Label label : new Label[] {name, dosage}) {
            label.setWrapText(true);
            label.setMinWidth(0);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox actions = new HBox(2,
                PhaseCard.iconButton(Feather.CHEVRONS_DOWN, model.words().get("editor.ui.easier"),
                        () -> model.swap(phase, getIndex(), false)),
                PhaseCard.iconButton(Feather.CHEVRONS_UP, model.words().get("editor.ui.harder"), () -> model.swap(phase, getIndex(), true)),
                PhaseCard.iconButton(Feather.X, model.words().get("editor.ui.removeItem"), () -> model.removeItem(phase, getIndex())));
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.getStyleClass().add("row-actions");
        actions.setMinWidth(Region.USE_PREF_SIZE);
        // The buttons show on the chosen row only: the other rows give their whole width to the name.
        actions.visibleProperty().bind(selectedProperty());
        actions.managedProperty().bind(actions.visibleProperty());
        HBox top = new HBox(6, name, actions);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox made = new VBox(1, top, dosage);
        made.setMinWidth(0);
        made.setAlignment(Pos.CENTER_LEFT);
        return made;
    }
}
