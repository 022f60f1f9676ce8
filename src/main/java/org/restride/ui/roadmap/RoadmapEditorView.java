package org.restride.ui.roadmap;

import java.util.Collection;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Criterion;
import org.restride.domain.Exercise;
import org.restride.domain.Patient;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.store.ExerciseListing;
import org.restride.ui.common.Icons;
import org.restride.ui.preview.HandoutPreviewPane;
import org.restride.ui.search.ExerciseSearchPane;
import org.restride.ui.search.ExerciseSearchViewModel;

/** The heart of the app: the phases of a roadmap in the middle, the exercise library beside them. */
public final class RoadmapEditorView {
    private final RoadmapEditorViewModel model;
    private final Collection<Criterion> libraryCriteria;
    private final BorderPane root = new BorderPane();
    private final VBox phases = new VBox(14);
    private final DosageEditor dosageEditor = new DosageEditor();
    private final VBox inspector = new VBox();
    private final ExerciseSearchPane library;
    private final TabPane side = new TabPane();
    private final TextField title = new TextField();
    private final Label patientLine = new Label();
    private int inspectedPhase = -1;
    private int inspectedItem = -1;

    public RoadmapEditorView(RoadmapEditorViewModel model, ExerciseSearchViewModel search,
                             Collection<Criterion> libraryCriteria, Node leading, Node trailing,
                             HandoutPreviewPane preview) {
        this.model = model;
        this.libraryCriteria = libraryCriteria;
        this.library = new ExerciseSearchPane(search);
        root.getStyleClass().add("roadmap-editor");
        root.setTop(topBar(leading, trailing));
        phases.setPadding(new Insets(16));
        phases.getStyleClass().add("phases");
        ScrollPane scroller = new ScrollPane(phases);
        scroller.setFitToWidth(true);
        scroller.setId("phases-scroller");
        inspector.getStyleClass().add("inspector");
        inspector.setVisible(false);
        inspector.managedProperty().bind(inspector.visibleProperty());
        Label inspectorTitle = new Label();
        inspectorTitle.getStyleClass().add("pane-title");
        inspector.getChildren().addAll(inspectorTitle, dosageEditor);
        inspector.setPadding(new Insets(10, 16, 0, 16));
        VBox centre = new VBox(scroller, inspector);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        Tab libraryTab = new Tab("Library", library);
        Tab previewTab = new Tab("Handout preview", preview);
        libraryTab.setClosable(false);
        previewTab.setClosable(false);
        previewTab.setId("preview-tab");
        side.getTabs().addAll(libraryTab, previewTab);
        side.setId("editor-side");
        side.setMinWidth(320);
        side.setPrefWidth(400);
        preview.activeProperty().bind(side.getSelectionModel().selectedItemProperty().isEqualTo(previewTab));
        SplitPane split = new SplitPane(centre, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(side, false);
        root.setCenter(split);
        Label message = new Label();
        message.setId("editor-message");
        message.getStyleClass().add("editor-message");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(6, 16, 6, 16));
        root.setBottom(message);
        wireLibrary();
        dosageEditor.onChange(d -> {
            if (inspectedPhase >= 0 && inspectedItem >= 0) {
                model.setDosage(inspectedPhase, inspectedItem, d);
            }
        });
        model.roadmapProperty().addListener((o, old, now) -> rebuild(inspectorTitle));
        model.selectedPhaseProperty().addListener((o, old, now) -> markSelected());
        rebuild(inspectorTitle);
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

    private HBox topBar(Node leading, Node trailing) {
        patientLine.setId("editor-patient");
        patientLine.getStyleClass().add("editor-patient");
        patientLine.textProperty().bind(Bindings.createStringBinding(() -> describe(model.patientProperty().get()),
                model.patientProperty()));
        title.setId("roadmap-title");
        title.getStyleClass().add("roadmap-title");
        title.setPrefColumnCount(22);
        PhaseCard.commitOnLeave(title, () -> model.renameRoadmap(title.getText()));
        MenuButton addPhase = new MenuButton("Add phase", Icons.of(Feather.PLUS));
        addPhase.setId("add-phase");
        for (PhaseKind kind : PhaseKind.values()) {
            MenuItem item = new MenuItem(kind.label());
            item.setOnAction(e -> model.addPhase(kind));
            addPhase.getItems().add(item);
        }
        Button undo = PhaseCard.iconButton(Feather.CORNER_UP_LEFT, "Undo (Ctrl+Z)", model::undo);
        undo.setId("undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = PhaseCard.iconButton(Feather.CORNER_UP_RIGHT, "Redo (Ctrl+Shift+Z)", model::redo);
        redo.setId("redo");
        redo.disableProperty().bind(model.canRedoProperty().not());
        Button saveTemplate = new Button("Save as template", Icons.of(Feather.COPY));
        saveTemplate.setTooltip(new javafx.scene.control.Tooltip("Save these phases as a template for other patients"));
        saveTemplate.setId("save-as-template");
        saveTemplate.setOnAction(e -> askTemplateName());
        VBox heading = new VBox(2, title, patientLine);
        HBox bar = new HBox(10, heading, PhaseCard.spacer(), undo, redo, addPhase, saveTemplate);
        if (leading != null) {
            bar.getChildren().add(0, leading);
        }
        if (trailing != null) {
            bar.getChildren().add(trailing);
        }
        bar.getChildren().stream().filter(n -> n instanceof javafx.scene.control.Control && n != heading)
                .forEach(n -> ((javafx.scene.control.Control) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        HBox.setHgrow(heading, Priority.SOMETIMES);
        heading.setMinWidth(160);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 12, 16));
        bar.getStyleClass().add("editor-bar");
        return bar;
    }

    private void askTemplateName() {
        Roadmap r = model.roadmapProperty().get();
        if (r == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(r.title());
        dialog.setTitle("Save as template");
        dialog.setHeaderText("Save this roadmap's phases as a template for other patients.");
        dialog.setContentText("Template name:");
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(model::saveAsTemplate);
    }

    private void wireLibrary() {
        library.list().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
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
        library.searchField().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !library.list().getItems().isEmpty()) {
                library.list().requestFocus();
                library.list().getSelectionModel().selectFirst();
                e.consume();
            }
        });
    }

    /** Rebuilds the phase cards from the roadmap, keeping focus and the inspected item where they were. */
    private void rebuild(Label inspectorTitle) {
        Roadmap r = model.roadmapProperty().get();
        String focusedId = focusedId();
        phases.getChildren().clear();
        if (r == null) {
            inspector.setVisible(false);
            return;
        }
        if (!title.isFocused()) {
            title.setText(r.title());
        }
        if (r.phases().isEmpty()) {
            Label empty = new Label("This roadmap has no phases yet. Use \"Add phase\" to start.");
            empty.getStyleClass().add("empty-note");
            phases.getChildren().add(empty);
        }
        for (int i = 0; i < r.phases().size(); i++) {
            PhaseCard card = new PhaseCard(i, r.phases().get(i), i == r.currentPhase(), model, libraryCriteria,
                    (phase, item) -> inspect(phase, item, inspectorTitle));
            phases.getChildren().add(card);
        }
        markSelected();
        boolean stillThere = inspectedPhase >= 0 && inspectedPhase < r.phases().size()
                && inspectedItem < r.phases().get(inspectedPhase).items().size();
        if (stillThere) {
            inspect(inspectedPhase, inspectedItem, inspectorTitle);
            cardAt(inspectedPhase).items().getSelectionModel().select(inspectedItem);
        } else {
            inspectedPhase = -1;
            inspectedItem = -1;
            inspector.setVisible(false);
        }
        restoreFocus(focusedId);
    }

    private void inspect(int phase, int item, Label inspectorTitle) {
        Roadmap r = model.roadmapProperty().get();
        Phase p = r.phases().get(phase);
        if (item >= p.items().size()) {
            return;
        }
        inspectedPhase = phase;
        inspectedItem = item;
        Exercise exercise = model.exercise(p.items().get(item).exerciseId());
        inspectorTitle.setText("Dosage · " + (exercise == null ? "" : exercise.name()) + " · " + p.name());
        dosageEditor.show(p.items().get(item).dosage());
        inspector.setVisible(true);
    }

    private void markSelected() {
        int selected = model.selectedPhaseProperty().get();
        for (int i = 0; i < phases.getChildren().size(); i++) {
            Node card = phases.getChildren().get(i);
            card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), i == selected);
        }
    }

    private PhaseCard cardAt(int index) {
        return (PhaseCard) phases.getChildren().get(index);
    }

    private String focusedId() {
        Scene scene = root.getScene();
        Node owner = scene == null ? null : scene.getFocusOwner();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        return owner != null && phases.getChildren().stream().anyMatch(card -> isInside(card, ownerOf(scene))) ? owner.getId() : null;
    }

    private static Node ownerOf(Scene scene) {
        return scene == null ? null : scene.getFocusOwner();
    }

    private static boolean isInside(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void restoreFocus(String id) {
        if (id == null) {
            return;
        }
        Platform.runLater(() -> {
            Node target = phases.lookup("#" + id);
            if (target != null) {
                target.requestFocus();
            }
        });
    }

    private static String describe(Patient p) {
        if (p == null) {
            return "";
        }
        int weeks = p.weeksPostpartum(java.time.LocalDate.now());
        return p.displayName() + " · " + weeks + (weeks == 1 ? " week" : " weeks") + " postpartum · "
                + p.deliveryType().label().toLowerCase() + " birth";
    }
}
