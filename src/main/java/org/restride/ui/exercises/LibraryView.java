package org.restride.ui.exercises;

import org.restride.ui.search.ExerciseSearchPane;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Exercise;
import org.restride.ui.common.Buttons;
import org.restride.ui.common.Icons;
import org.restride.ui.shell.SectionView;

/** The Library section: search and filter on the left, the chosen exercise on the right. */
public final class LibraryView implements SectionView {
    private final LibraryViewModel model;
    private final PicturesViewModel picturesModel;
    private final PicturesPane pictures;
    private final ExerciseSearchPane search;
    private final SplitPane root = new SplitPane();
    private final VBox detail = new VBox(14);
    private final ExerciseDetails details = new ExerciseDetails();
    private final ExerciseForm form = new ExerciseForm();
    private final Label title = new Label("Choose an exercise");
    private final HBox actions = new HBox(8);
    private final Label message = new Label();
    private final List<TranslationPane> translations;

    /** @param translations the exercise's text in each language other than English, in the order to show them */
    public LibraryView(LibraryViewModel model, PicturesViewModel picturesModel, List<TranslationViewModel> translations,
                       FileDialogs files) {
        this.model = model;
        this.translations = translations.stream().map(TranslationPane::new).toList();
        this.picturesModel = picturesModel;
        this.pictures = new PicturesPane(picturesModel, files);
        this.search = new ExerciseSearchPane(model.search());
        CheckBox archived = new CheckBox("Show archived");
        archived.selectedProperty().bindBidirectional(model.search().includeArchivedProperty());
        Button add = new Button("New exercise", Icons.of(Feather.PLUS));
        add.setId("new-exercise");
        add.setOnAction(e -> newItem());
        HBox tools = new HBox(10, add, archived);
        tools.setAlignment(Pos.CENTER_LEFT);
        search.getChildren().add(2, tools);
        search.setMinWidth(320);
        search.list().getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        message.setId("library-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        detail.getChildren().addAll(title, actions, message);
        detail.setPadding(new Insets(20, 28, 28, 28));
        ScrollPane scroller = new ScrollPane(detail);
        scroller.setFitToWidth(true);
        root.getItems().addAll(search, scroller);
        root.setDividerPositions(0.36);
        model.selectedProperty().addListener((o, old, now) -> show(now));
    }

    private void show(Exercise e) {
        detail.getChildren().retainAll(title, actions, message);
        actions.getChildren().clear();
        picturesModel.show(e);
        translations.forEach(t -> t.show(e));
        if (e == null) {
            title.setText("Choose an exercise");
            return;
        }
        title.setText(e.name() + (e.archived() ? " (archived)" : ""));
        detail.getChildren().add(pictures);
        if (e.isBuiltIn()) {
            details.show(e);
            detail.getChildren().add(details);
            actions.getChildren().add(Buttons.of("Make a copy to edit", Feather.COPY, "copy-exercise", () -> model.copyForEditing(e)));
        } else {
            form.show(e);
            detail.getChildren().add(form);
            actions.getChildren().add(Buttons.of("Save", Feather.CHECK, "save-exercise", () -> model.save(form::read)));
        }
        detail.getChildren().addAll(translations);
        actions.getChildren().add(e.archived()
                ? Buttons.of("Bring back", Feather.ROTATE_CCW, "unarchive-exercise", () -> model.setArchived(e, false))
                : Buttons.of("Archive", Feather.ARCHIVE, "archive-exercise", () -> model.setArchived(e, true)));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableValue<String> titleDetail() {
        return Bindings.createStringBinding(() -> "Library", model.selectedProperty());
    }

    @Override
    public void newItem() {
        model.createOwn();
        form.requestFocus();
    }

    @Override
    public void find() {
        search.searchField().requestFocus();
        search.searchField().selectAll();
    }

    @Override
    public void shown() {
        model.search().refresh();
    }
}
