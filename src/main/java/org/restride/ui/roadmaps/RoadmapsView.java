package org.restride.ui.roadmaps;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import java.util.Collection;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.restride.text.Words;
import org.restride.domain.Criterion;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.ui.search.ExerciseSearchViewModel;
import org.restride.ui.common.Buttons;
import org.restride.ui.common.Icons;
import org.restride.ui.preview.HandoutPreviewPane;
import org.restride.ui.preview.HandoutViewModel;
import org.restride.ui.roadmap.RoadmapEditorView;
import org.restride.ui.roadmap.RoadmapEditorViewModel;
import org.restride.ui.shell.SectionView;
import org.restride.ui.walkrun.WalkRunView;

/** The Roadmaps section: the list of all roadmaps, and the editor for the one that is open. */
public final class RoadmapsView implements SectionView {
    private final RoadmapsViewModel model;
    private final RoadmapEditorViewModel editorModel;
    private final RoadmapEditorView editor;
    private final HandoutPreviewPane preview;
    private final StackPane root = new StackPane();
    private final VBox listPane;
    private final TextField filter = new TextField();
    private final StringProperty titleDetail;
    private final Words words;

    public RoadmapsView(RoadmapsViewModel model, RoadmapEditorViewModel editorModel, ExerciseSearchViewModel search,
                        Collection<Criterion> libraryCriteria, HandoutViewModel handout, WalkRunView walkRun, Words words) {
        this.model = model;
        this.editorModel = editorModel;
        this.words = words;
        this.titleDetail = new SimpleStringProperty(words.get("ui-shell.section.roadmaps"));
        this.listPane = listPane();
        Button back = new Button(words.get("ui-roadmaps.back"), Icons.of(Feather.ARROW_LEFT));
        back.setId("back-to-roadmaps");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> closeEditor());
        handout.follow(editorModel.roadmapProperty(), editorModel.patientProperty());
        this.preview = new HandoutPreviewPane(handout, words);
        Button previewButton = Buttons.of(words.get("ui-roadmaps.print"), Feather.PRINTER, "show-preview", this::showPreview);
        Button walkRunButton = walkRunButton(walkRun);
        walkRun.onChange(handout::refresh);
        javafx.scene.layout.HBox trailing = new javafx.scene.layout.HBox(10, walkRunButton, previewButton);
        trailing.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        trailing.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        this.editor = new RoadmapEditorView(editorModel, search, libraryCriteria, back, trailing, preview);
        root.getChildren().setAll(listPane);
        editorModel.roadmapProperty().addListener((o, old, now) -> updateTitle(now));
    }

    /** Opens the walk–run plan of the roadmap's running phase; shown only when it has one. */
    private Button walkRunButton(WalkRunView walkRun) {
        Button button = Buttons.of(words.get("ui-roadmaps.walkRun"), Feather.ACTIVITY, "walk-run-plan", () -> {
            Roadmap r = editorModel.roadmapProperty().get();
            r.phases().stream().filter(p -> p.kind() == PhaseKind.RUN).findFirst()
                    .ifPresent(run -> walkRun.showFor(r.id(), run.name(), root.getScene().getWindow()));
        });
        button.visibleProperty().bind(Bindings.createBooleanBinding(() -> editorModel.roadmapProperty().get() != null
                && editorModel.roadmapProperty().get().phases().stream().anyMatch(p -> p.kind() == PhaseKind.RUN),
                editorModel.roadmapProperty()));
        button.managedProperty().bind(button.visibleProperty());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setTooltip(new javafx.scene.control.Tooltip(words.get("ui-roadmaps.walkRunTip")));
        return button;
    }

    private void updateTitle(Roadmap now) {
        titleDetail.set(now == null ? words.get("ui-shell.section.roadmaps") : (editorModel.patientProperty().get() == null ? ""
                : editorModel.patientProperty().get().displayName() + " · ") + now.title());
    }

    private VBox listPane() {
        Label heading = new Label(words.get("ui-shell.section.roadmaps"));
        heading.getStyleClass().add("title-2");
        filter.setId("roadmaps-filter");
        filter.setPromptText(words.get("ui-roadmaps.filterPrompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        TableView<RoadmapSummary> table = new TableView<>(model.rows());
        table.setId("roadmaps-table");
        table.getColumns().add(column(words.get("ui-roadmaps.column.patient"), RoadmapSummary::patientName, 200));
        table.getColumns().add(column(words.get("ui-roadmaps.column.roadmap"), RoadmapSummary::title, 380));
        table.getColumns().add(column(words.get("ui-roadmaps.column.where"), RoadmapSummary::currentPhase, 300));
        table.getColumns().add(column(words.get("ui-roadmaps.column.status"), RoadmapSummary::status, 90));
        table.getColumns().add(column(words.get("ui-roadmaps.column.started"), s -> s.created().toString(), 110));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(words.get("ui-roadmaps.none")));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().id());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem().id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(12, heading, filter, table);
        pane.setPadding(new Insets(20, 24, 20, 24));
        return pane;
    }

    private static TableColumn<RoadmapSummary, String> column(String title, Function<RoadmapSummary, String> value,
                                                              double width) {
        TableColumn<RoadmapSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Opens a roadmap in the editor. */
    public void open(long roadmapId) {
        if (editorModel.open(roadmapId)) {
            root.getChildren().setAll(editor.root());
            javafx.application.Platform.runLater(editor::focusSearch);
        }
    }

    /** Opens a roadmap in the editor with the handout preview showing. */
    public void openPreview(long roadmapId) {
        open(roadmapId);
        Roadmap opened = editorModel.roadmapProperty().get();
        if (opened != null && opened.id() == roadmapId) {
            javafx.application.Platform.runLater(editor::showPreview); // after open() puts the focus in the library search
        }
    }

    private void closeEditor() {
        editorModel.close();
        model.refresh();
        root.getChildren().setAll(listPane);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableValue<String> titleDetail() {
        return Bindings.createStringBinding(titleDetail::get, titleDetail);
    }

    @Override
    public void find() {
        if (editorModel.roadmapProperty().get() != null) {
            editor.focusSearch();
        } else {
            filter.requestFocus();
        }
    }

    private void showPreview() {
        editor.showPreview();
    }

    @Override
    public void exportPdf() {
        if (editorModel.roadmapProperty().get() != null) {
            preview.chooseAndExport();
        }
    }

    @Override
    public void print() {
        if (editorModel.roadmapProperty().get() != null) {
            preview.print();
        }
    }

    @Override
    public void undo() {
        editor.undo();
    }

    @Override
    public void redo() {
        editor.redo();
    }

    @Override
    public ObservableValue<String> undoLabel() {
        return Bindings.createStringBinding(() -> editorModel.undoNameProperty().get().isEmpty() ? ""
                : editorModel.text("editor.undo", editorModel.undoNameProperty().get()), editorModel.undoNameProperty());
    }

    @Override
    public ObservableValue<String> redoLabel() {
        return Bindings.createStringBinding(() -> editorModel.redoNameProperty().get().isEmpty() ? ""
                : editorModel.text("editor.redo", editorModel.redoNameProperty().get()), editorModel.redoNameProperty());
    }

    @Override
    public void shown() {
        if (editorModel.roadmapProperty().get() == null) {
            model.refresh();
        }
    }
}
