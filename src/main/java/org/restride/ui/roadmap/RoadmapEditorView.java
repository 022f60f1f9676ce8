package org.restride.ui.roadmap;

import org.restride.text.Words;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Criterion;
import org.restride.domain.Patient;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.store.ExerciseListing;
import org.restride.ui.common.Icons;
import org.restride.ui.search.ExerciseSearchPane;
import org.restride.ui.search.ExerciseSearchViewModel;
import org.restride.ui.preview.HandoutPreviewPane;

/**
 * The heart of the app: the phases of a roadmap in the middle, the selected exercise's dosage beside them, and the
 * exercise library (or the handout preview) at the side. Cards are made once per place and updated in place.
 */
public final class RoadmapEditorView {
    private final RoadmapEditorViewModel model;
    private final BorderPane root = new BorderPane();
    private final PhasesPane phases;
    private final ItemInspector inspector;
    private final ExerciseSearchPane library;
    private final TabPane side = new TabPane();
    private final TextField title = new TextField();
    private final Label patientLine = new Label();
    /** A failed save is tried again a moment later (and again, until it is written). */
    private final PauseTransition retryLater = new PauseTransition(Duration.seconds(5));

    public RoadmapEditorView(RoadmapEditorViewModel model, ExerciseSearchViewModel search,
                             Collection<Criterion> libraryCriteria, Node leading, Node trailing,
                             HandoutPreviewPane preview) {
        this.model = model;
        this.phases = new PhasesPane(model, libraryCriteria);
        this.library = new ExerciseSearchPane(search, model.words());
        this.inspector = new ItemInspector(model);
        root.getStyleClass().add("roadmap-editor");
        root.setTop(topBar(leading, trailing));
        ScrollPane scroller = phases.node();
        ScrollPane inspectorScroller = new ScrollPane(inspector);
        inspectorScroller.setFitToWidth(true);
        inspectorScroller.setId("inspector-scroller");
        inspectorScroller.setMinWidth(250);
        inspectorScroller.visibleProperty().bind(inspector.visibleProperty());
        inspectorScroller.managedProperty().bind(inspector.visibleProperty());
        HBox centre = new HBox(scroller, inspectorScroller);
        HBox.setHgrow(scroller, Priority.ALWAYS);
        inspectorScroller.setPrefWidth(290);
        Tab libraryTab = new Tab(model.words().get("editor.ui.library"), library);
        Tab previewTab = new Tab(model.words().get("editor.ui.preview"), preview);
        libraryTab.setClosable(false);
        previewTab.setClosable(false);
        previewTab.setId("preview-tab");
        side.getTabs().addAll(libraryTab, previewTab);
        side.setId("editor-side");
        side.setMinWidth(300);
        side.setPrefWidth(340);
        preview.activeProperty().bind(side.getSelectionModel().selectedItemProperty().isEqualTo(previewTab));
        SplitPane split = new SplitPane(centre, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.73);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
        Label message = new Label();
        message.setId("editor-message");
        message.getStyleClass().add("editor-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(6, 16, 6, 16));
        message.managedProperty().bind(message.textProperty().isNotEmpty()); // no empty line under the phases
        root.setBottom(message);
        wireLibrary();
        wireJumps();
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::undoKeys);
        retryLater.setOnFinished(e -> {
            model.retryUnsaved();
            if (model.unsavedProperty().get()) {
                retryLater.playFromStart();
            }
        });
        model.unsavedProperty().addListener((o, was, now) -> {
            if (now) {
                retryLater.playFromStart();
            } else {
                retryLater.stop();
            }
        });
        model.roadmapProperty().addListener((o, old, now) -> showTitle());
        showTitle();
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the handout preview beside the phases. */
    public void showPreview() {
        side.getSelectionModel().select(1);
    }

    public void focusSearch() {
        side.getSelectionModel().select(0);
        library.searchField().requestFocus();
        library.searchField().selectAll();
    }

    /**
     * Undo, after committing what is typed in the field in hand (so it is undone as a step of its own). What that
     * field refuses is put back first, as Escape does, and nothing older is undone: the next Ctrl+Z does that.
     */
    public void undo() {
        long refusals = model.refusals();
        List<String> showing = model.refusedShowing();
        commitFocused();
        List<String> now = model.refusedShowing();
        if (!now.isEmpty() && !now.equals(showing) && root.getScene() != null
                && root.getScene().getFocusOwner() != null) {
            root.getScene().getFocusOwner().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE,
                    false, false, false, false));
            return;
        }
        if (model.refusals() == refusals) {
            phases.showChange(model::undo);
        }
    }

    public void redo() {
        commitFocused();
        phases.showChange(model::redo);
    }

    private void commitFocused() {
        if (root.getScene() != null) {
            Commits.commitFocused(root.getScene().getFocusOwner());
        }
    }

    /** Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) are the editor's undo and redo everywhere in it, text fields included. */
    private void undoKeys(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
            e.consume();
            undo();
        } else if (e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y) {
            e.consume();
            redo();
        }
    }

    private VBox topBar(Node leading, Node trailing) {
        patientLine.setId("editor-patient");
        patientLine.getStyleClass().add("editor-patient");
        patientLine.setWrapText(true);
        patientLine.setMinHeight(Region.USE_PREF_SIZE);
        patientLine.textProperty().bind(Bindings.createStringBinding(() -> describe(model.patientProperty().get()),
                model.patientProperty()));
        title.setId("roadmap-title");
        title.getStyleClass().add("roadmap-title");
        title.setAccessibleText(model.words().get("editor.ui.roadmapTitle"));
        title.setPrefColumnCount(22);
        Commits.onLeave(title, () -> {
            model.renameRoadmap(title.getText());
            showTitle();
        }, this::showTitle);
        MenuButton addPhase = new MenuButton(model.words().get("editor.ui.addPhase"), Icons.of(Feather.PLUS));
        addPhase.setId("add-phase");
        for (PhaseKind kind : PhaseKind.values()) {
            MenuItem item = new MenuItem(model.words().label(kind));
            item.setOnAction(e -> phases.showChange(() -> model.phases().addPhase(kind)));
            addPhase.getItems().add(item);
        }
        Button undo = PhaseCard.iconButton(Feather.CORNER_UP_LEFT, model.words().get("editor.ui.undoTip"), this::undo);
        undo.setId("undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = PhaseCard.iconButton(Feather.CORNER_UP_RIGHT, model.words().get("editor.ui.redoTip"), this::redo);
        redo.setId("redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button saveTemplate = new Button(model.words().get("editor.ui.saveTemplate"), Icons.of(Feather.COPY));
        saveTemplate.setTooltip(new Tooltip(model.words().get("editor.ui.saveTemplateTip")));
        saveTemplate.setId("save-as-template");
        saveTemplate.setOnAction(e -> askTemplateName());
        // Two lines: the roadmap's title has the window's width; her line sits beside the buttons.
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox first = new HBox(10, title);
        if (leading != null) {
            first.getChildren().add(0, leading);
        }
        HBox second = new HBox(10, patientLine, PhaseCard.spacer(), undo, redo, addPhase, saveTemplate);
        if (trailing != null) {
            second.getChildren().add(trailing);
        }
        for (HBox line : List.of(first, second)) {
            line.getChildren().stream().filter(n -> n instanceof Control && n != title)
                    .forEach(n -> ((Control) n).setMinWidth(Region.USE_PREF_SIZE));
            line.setAlignment(Pos.CENTER_LEFT);
        }
        patientLine.setMinWidth(120);
        HBox.setHgrow(patientLine, Priority.SOMETIMES);
        VBox bar = new VBox(4, first, second);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.getStyleClass().add("editor-bar");
        return bar;
    }

    private boolean showTitle() {
        Roadmap r = model.roadmapProperty().get();
        return Commits.show(title, r == null ? "" : model.shown(r.title()));
    }

    private void askTemplateName() {
        Roadmap r = model.roadmapProperty().get();
        if (r == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(r.title());
        dialog.setTitle(model.words().get("editor.ui.saveTemplate"));
        dialog.setHeaderText(model.words().get("editor.ui.saveTemplateHeader"));
        dialog.setContentText(model.words().get("editor.ui.templateName"));
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::saveAsTemplate);
    }

    private void wireLibrary() {
        library.list().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            ExerciseListing selected = library.list().getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.addToSelectedPhase(selected.id());
                e.consume();
            }
        });
        library.list().setOnMouseClicked(e -> {
            ExerciseListing selected = library.list().getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && selected != null) {
                model.addToSelectedPhase(selected.id());
            }
        });
        library.list().setOnDragDetected(e -> {
            ExerciseListing selected = library.list().getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(DragData.encode(new DragData.FromLibrary(selected.id())));
            library.list().startDragAndDrop(TransferMode.COPY).setContent(content);
            e.consume();
        });
        library.searchField().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !library.list().getItems().isEmpty()) {
                library.list().requestFocus();
                library.list().getSelectionModel().selectFirst();
                e.consume();
            }
        });
    }

    /**
     * Enter or F2 on an exercise in a phase goes to its dosage; Escape there (once a field holds its saved value)
     * comes back to the exercise, and so does Escape in the library, to the one just added.
     */
    private void wireJumps() {
        phases.node().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (phases.isList(e.getTarget()) && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2)
                    && model.selectionProperty().get() != null) {
                inspector.focusFirstField();
                e.consume();
            }
        });
        inspector.addEventHandler(KeyEvent.KEY_PRESSED, this::escapeToTheItem); // after a field's own Escape
        library.addEventFilter(KeyEvent.KEY_PRESSED, this::escapeToTheItem);
    }

    private void escapeToTheItem(KeyEvent e) {
        ItemSelection.Selected s = model.selectionProperty().get();
        if (e.getCode() == KeyCode.ESCAPE && s != null && phases.focusList(s.phase())) {
            e.consume();
        }
    }

    private String describe(Patient p) {
        if (p == null) {
            return "";
        }
        Words words = model.words();
        int weeks = p.weeksPostpartum(LocalDate.now());
        return words.get("editor.ui.patient", p.displayName(), words.get(weeks == 1 ? "editor.ui.week.one"
                : "editor.ui.week.many", weeks), words.label(p.deliveryType()).toLowerCase(words.locale()));
    }
}
