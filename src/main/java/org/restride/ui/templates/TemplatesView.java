package org.restride.ui.templates;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;
import org.restride.domain.Template;
import org.restride.app.Wording;
import org.restride.text.Words;
import org.restride.ui.common.Buttons;
import org.restride.ui.common.FittedCell;
import org.restride.ui.common.PhaseColours;
import org.restride.ui.shell.SectionView;

/** The Templates section: the list, and the chosen template's phases with what can be done to it. */
public final class TemplatesView implements SectionView {
    private final TemplatesViewModel model;
    private final Words words;
    private final SplitPane root = new SplitPane();
    private final ListView<Template> list = new ListView<>();
    private final VBox detail = new VBox(12);

    public TemplatesView(TemplatesViewModel model, Words words) {
        this.model = model;
        this.words = words;
        Label heading = new Label(words.get("ui-templates.section"));
        heading.getStyleClass().add("title-2");
        list.setId("templates-list");
        list.setItems(model.list());
        list.setCellFactory(v -> new FittedCell<>() {
            @Override
            protected void updateItem(Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(null);
                if (empty || t == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(t.title());
                name.setWrapText(true);
                name.setMinHeight(Region.USE_PREF_SIZE);
                name.getStyleClass().add("exercise-name");
                Label kind = new Label(words.get(t.builtIn() ? "ui-templates.builtInKind" : "ui-templates.ownKind"));
                kind.getStyleClass().add("exercise-detail");
                setGraphic(new VBox(2, name, kind));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.select(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(10, heading, list);
        left.setPadding(new Insets(20, 16, 16, 20));
        left.setMinWidth(280);
        detail.setPadding(new Insets(20, 28, 28, 28));
        ScrollPane scroller = new ScrollPane(detail);
        scroller.setFitToWidth(true);
        root.getItems().addAll(left, scroller);
        root.setDividerPositions(0.3);
        model.selectedProperty().addListener((o, old, now) -> show(now));
        show(null);
    }

    private void show(Template t) {
        detail.getChildren().clear();
        if (t == null) {
            detail.getChildren().add(new Label(words.get("ui-templates.choose")));
            return;
        }
        Label title = new Label(t.title());
        title.getStyleClass().add("title-2");
        Button duplicate = Buttons.of(words.get("ui-templates.duplicate"), Feather.COPY, "duplicate-template", () -> model.duplicate(t));
        Button rename = Buttons.of(words.get("ui-templates.rename"), Feather.EDIT_2, "rename-template", () -> askName(t));
        Button delete = Buttons.of(words.get("ui-templates.delete"), Feather.TRASH_2, "delete-template", () -> model.delete(t));
        rename.setDisable(t.builtIn());
        delete.setDisable(t.builtIn());
        Label message = new Label();
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        detail.getChildren().addAll(title, new HBox(8, duplicate, rename, delete), message);
        if (t.goal() != null) {
            detail.getChildren().add(new Label(t.goal()));
        }
        for (Phase phase : t.phases()) {
            detail.getChildren().add(phaseSummary(phase));
        }
    }

    private VBox phaseSummary(Phase phase) {
        Label name = new Label(phase.name() + "  ·  " + words.weeks(phase.weeks().from(), phase.weeks().to()));
        name.getStyleClass().add("title-4");
        Label purpose = new Label(phase.purpose() == null ? "" : phase.purpose());
        purpose.setWrapText(true);
        Label exercises = new Label(words.get("ui-templates.exercises", phase.items().size()));
        exercises.getStyleClass().add("hint");
        VBox box = new VBox(6, name, purpose, exercises);
        for (Criterion c : phase.exitCriteria()) {
            box.getChildren().add(new Label("☐  " + new Wording(words).checklistLine(c)));
        }
        box.getStyleClass().add("phase-card");
        PhaseColours.apply(box, phase.kind());
        box.setPadding(new Insets(12, 16, 12, 16));
        return box;
    }

    private void askName(Template t) {
        TextInputDialog dialog = new TextInputDialog(t.title());
        dialog.setTitle(words.get("ui-templates.renameTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(words.get("ui-templates.name"));
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        dialog.showAndWait().filter(s -> !s.isBlank()).ifPresent(name -> model.rename(t, name));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableValue<String> titleDetail() {
        return Bindings.createStringBinding(() -> words.get("ui-templates.section"));
    }

    @Override
    public void shown() {
        model.refresh();
    }
}
