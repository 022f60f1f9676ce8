package org.restride.ui.roadmap;

import java.util.Collection;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Roadmap;
import org.restride.ui.common.FittedList;
import org.restride.ui.common.GrowingText;
import org.restride.ui.common.Icons;
import org.restride.ui.common.MeasuredVBox;
import org.restride.ui.common.PhaseColours;

/**
 * The phase at one place of the roadmap as a card: name, weeks, purpose, exercises and exit criteria. It is made
 * once and updated in place, changing only what changed, so focus and the caret stay where the PT left them.
 */
final class PhaseCard extends MeasuredVBox {
    static final double ROW_HEIGHT = 44;

    private final int index;
    private final RoadmapEditorViewModel model;
    private final TextArea purpose = new TextArea();
    private final Label itemsTitle = new Label();
    private final ListView<ItemSlot> items = new FittedList<>(ROW_HEIGHT);
    private final PhaseHeader header;
    private final CriteriaEditor criteria;
    private Phase phase;
    private boolean updating;

    /**
     * {@code menuDone} is told the place whose "⋯" the keyboard goes to after this card's menu moved a phase (where it
     * went) or removed one (the phase now in its place, or the new last).
     */
    PhaseCard(int index, RoadmapEditorViewModel model, Collection<Criterion> libraryCriteria, IntConsumer menuDone) {
        super(10);
        this.index = index;
        this.model = model;
        setId("phase-" + index);
        getStyleClass().add("phase-card");
        setPadding(new Insets(14, 16, 14, 16));
        // The PT's own clicks and keys choose the phase that Enter in the library adds to.
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> model.selectedPhaseProperty().set(index));
        addEventFilter(KeyEvent.KEY_RELEASED, e -> model.selectedPhaseProperty().set(index));
        header = new PhaseHeader(index, model, this::refresh, menuDone);
        criteria = new CriteriaEditor(index, model, libraryCriteria);
        getChildren().addAll(header, purposeArea(), itemList(), criteria);
    }

    ListView<ItemSlot> items() {
        return items;
    }

    /** Shows this phase, changing only the controls whose value differs. */
    void update(Phase now, boolean current) {
        Phase old = phase;
        phase = now;
        updating = true;
        try {
            if (old == null || old.kind() != now.kind()) {
                PhaseColours.apply(this, now.kind());
            }
            header.show(old, now, current);
            Commits.show(purpose, model.shown(now.purpose()));
            if (old == null || !sameInstances(old.items(), now.items())) {
                itemsTitle.setText(model.words().get("editor.ui.exercises", now.items().size()));
                showItems(now.items());
            }
            if (old == null || !old.exitCriteria().equals(now.exitCriteria())) {
                criteria.show(now.exitCriteria());
            }
        } finally {
            updating = false;
        }
    }

    /** Shows the model's phase again: after a refused edit, the fields go back to what is saved. */
    private void refresh() {
        Roadmap r = model.roadmapProperty().get();
        if (r != null && index < r.phases().size()) {
            update(r.phases().get(index), r.currentPhase() == index);
        }
    }

    /**
     * Fills the rows in place: a move changes what two rows hold, an edit one, and the list itself is left alone;
     * only a new count adds or takes away rows at the end.
     */
    private void showItems(List<PhaseItem> now) {
        ObservableList<ItemSlot> shown = items.getItems();
        if (shown.size() > now.size()) {
            shown.remove(now.size(), shown.size());
        }
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).set(now.get(i));
        }
        if (shown.size() < now.size()) {
            shown.addAll(now.subList(shown.size(), now.size()).stream().map(ItemSlot::new).toList());
        }
    }

    private static boolean sameInstances(List<PhaseItem> a, List<PhaseItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Selects the item at {@code index} in this card's list, or nothing (-1), without telling the model again. */
    void selectItem(int item) {
        updating = true;
        try {
            if (item < 0) {
                items.getSelectionModel().clearSelection();
            } else if (items.getSelectionModel().getSelectedIndex() != item) {
                items.getSelectionModel().clearAndSelect(item);
            }
        } finally {
            updating = false;
        }
    }

    /** The menu offers only the moves this place allows: no "Move up" first, no "Move down" last of {@code count}. */
    void showPlace(int count) {
        header.showPlace(count);
    }

    /** Puts the keyboard on this phase's "⋯" (after a move by the menu of the card it came from). */
    Node focusActions() {
        return header.focusActions();
    }

    /** The part of this card that shows {@code changed}, for it to be brought into sight. */
    Node part(ChangedPart changed) {
        return switch (changed.part()) {
            case HEADER -> header;
            case WEEKS -> header.weeksLine();
            case CURRENT -> header.currentMark();
            case PURPOSE -> purpose;
            case ITEM -> row(changed.item());
            case CRITERIA -> criteria;
        };
    }

    /** The row showing place {@code item} of the exercises as laid out now; the list while no row shows it. */
    Node row(int item) {
        for (Node node : items.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && cell.getIndex() == item && !cell.isEmpty() && shownIn(cell, items)) {
                return cell;
            }
        }
        return items;
    }

    /** Visible up to {@code ancestor}: not a list's hidden measuring row. */
    private static boolean shownIn(Node node, Node ancestor) {
        for (Node n = node; n != null && n != ancestor; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private VBox purposeArea() {
        purpose.setId("phase-" + index + "-purpose");
        purpose.setPromptText(model.words().get("editor.ui.purposePrompt"));
        GrowingText.fit(purpose, 2);
        Commits.onLeave(purpose, () -> {
            model.phases().setPurpose(index, purpose.getText());
            refresh();
        }, () -> phase != null && Commits.show(purpose, model.shown(phase.purpose())));
        return FieldLabel.above(model.words().get("editor.ui.purpose"), purpose);
    }

    private VBox itemList() {
        itemsTitle.getStyleClass().add("section-label");
        items.setId("phase-" + index + "-items");
        items.getStyleClass().add("phase-items");
        items.setCellFactory(v -> new PhaseItemCell(index, model));
        items.setPlaceholder(new Label(model.words().get("editor.ui.itemsEmpty")));
        items.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!updating && now.intValue() >= 0) {
                model.select(index, now.intValue());
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
        return new VBox(6, itemsTitle, items);
    }

    private void itemKeys(KeyEvent e) {
        int selected = items.getSelectionModel().getSelectedIndex();
        if (selected < 0) {
            return;
        }
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            model.removeItem(index, selected);
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
            model.moveItemUp(index, selected);
            e.consume();
        } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
            model.moveItemDown(index, selected);
            e.consume();
        }
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
