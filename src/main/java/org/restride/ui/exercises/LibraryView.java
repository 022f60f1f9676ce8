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
import java.util.function.Function;
import org.restride.domain.Exercise;
import org.restride.text.Languages;
import org.restride.text.Words;
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
    private final ExerciseDetails details;
    private final ExerciseForm form;
    private final Label title = new Label();
    private final HBox actions = new HBox(8);
    private final Label message = new Label();
    private final List<TranslationPane> translations;
    private final Words words;

    /**
     * @param translations the exercise's text in each language other than English, in the order to show them
     * @param clinicWords  the clinic's words now in a language (its clinician term and country), which a built-in
     *                     exercise's text takes as its handout in that language does
     */
    public LibraryView(LibraryViewModel model, PicturesViewModel picturesModel, List<TranslationViewModel> translations,
                       FileDialogs files, Words words, Function<String, Words> clinicWords) {
        this.model = model;
        this.words = words;
        this.details = new ExerciseDetails(words, true, () -> clinicWords.apply(Languages.DEFAULT));
        details.setId("exercise-details");
        this.form = new ExerciseForm(words, () -> clinicWords.apply(Languages.DEFAULT));
        this.translations = translations.stream().map(t -> new TranslationPane(t, clinicWords)).toList();
        this.picturesModel = picturesModel;
        this.pictures = new PicturesPane(picturesModel, files, words);
        this.search = new ExerciseSearchPane(model.search(), words);
        title.setText(words.get("ui-library.choose"));
        CheckBox archived = new CheckBox(words.get("ui-library.showArchived"));
        archived.selectedProperty().bindBidirectional(model.search().includeArchivedProperty());
        Button add = new Button(words.get("ui-library.newExercise"), Icons.of(Feather.PLUS));
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
            title.setText(words.get("ui-library.choose"));
            return;
        }
        title.setText(e.archived() ? words.get("ui-library.archivedName", e.name()) : e.name());
        detail.getChildren().add(pictures);
        if (e.isBuiltIn()) {
            details.show(e);
            detail.getChildren().add(details);
            actions.getChildren().add(Buttons.of(words.get("ui-library.copyToEdit"), Feather.COPY, "copy-exercise",
                    () -> model.copyForEditing(e)));
        } else {
            form.show(e);
            detail.getChildren().add(form);
            actions.getChildren().add(Buttons.of(words.get("ui-library.save"), Feather.CHECK, "save-exercise",
                    () -> model.save(form::read)));
        }
        detail.getChildren().addAll(translations);
        actions.getChildren().add(e.archived()
                ? Buttons.of(words.get("ui-library.bringBack"), Feather.ROTATE_CCW, "unarchive-exercise", () -> model.setArchived(e, false))
                : Buttons.of(words.get("ui-library.archive"), Feather.ARCHIVE, "archive-exercise", () -> model.setArchived(e, true)));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableValue<String> titleDetail() {
        return Bindings.createStringBinding(() -> words.get("ui-shell.section.library"), model.selectedProperty());
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
        if (model.selectedProperty().get() != null && model.selectedProperty().get().isBuiltIn()) {
            show(model.selectedProperty().get()); // the clinic's term may have changed in Settings meanwhile
        }
    }
}
