package org.restride.ui.search;

import javafx.collections.ListChangeListener;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.restride.text.Words;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Equipment;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Keyed;
import org.restride.domain.PhaseKind;
import org.restride.domain.Position;
import org.restride.domain.Region;
import org.restride.store.ExerciseListing;
import org.restride.ui.common.Icons;
import org.restride.ui.common.KeyedConverter;

/** The library as a search box, filters and a list of exercises; used in the Library and beside the roadmap. */
public final class ExerciseSearchPane extends VBox {
    private final TextField searchField = new TextField();
    private final ListView<ExerciseListing> list = new ListView<>();

    public ExerciseSearchPane(ExerciseSearchViewModel model) {
        super(8);
        getStyleClass().add("exercise-search");
        setPadding(new Insets(12));
        searchField.setId("library-search");
        searchField.setPromptText("Search exercises (Ctrl+F)");
        searchField.textProperty().bindBidirectional(model.textProperty());
        FlowPane filters = new FlowPane(6, 6,
                filter("Phase", PhaseKind.values(), model.phases()),
                filter("Region", Region.values(), model.regions()),
                filter("Equipment", Equipment.values(), model.equipment()),
                filter("Position", Position.values(), model.positions()),
                filter("Impact", ImpactLevel.values(), model.impacts()));
        list.setId("library-results");
        list.setItems(model.results());
        list.setCellFactory(v -> new ExerciseCell());
        list.setPlaceholder(new Label("No exercises match. Try fewer words or filters."));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label("Exercise library", Icons.of(Feather.BOOK_OPEN));
        heading.getStyleClass().add("pane-title");
        getChildren().addAll(heading, searchField, filters, list);
        model.refresh();
    }

    public TextField searchField() {
        return searchField;
    }

    public ListView<ExerciseListing> list() {
        return list;
    }

    private static <E extends Enum<E> & Keyed> CheckComboBox<E> filter(String title, E[] values, ObservableSet<E> chosen) {
        CheckComboBox<E> box = new CheckComboBox<>();
        box.setId("filter-" + title.toLowerCase());
        box.getItems().setAll(List.of(values));
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.setConverter(new KeyedConverter<>());
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<E>) change -> {
            chosen.retainAll(box.getCheckModel().getCheckedItems());
            chosen.addAll(box.getCheckModel().getCheckedItems());
        });
        chosen.addListener((SetChangeListener<E>) change -> {
            if (change.wasAdded() && !box.getCheckModel().isChecked(change.getElementAdded())) {
                box.getCheckModel().check(change.getElementAdded());
            }
            if (change.wasRemoved() && box.getCheckModel().isChecked(change.getElementRemoved())) {
                box.getCheckModel().clearCheck(change.getElementRemoved());
            }
        });
        return box;
    }

    /**
     * One exercise: name, then its summary in smaller type, wrapped to the list's width (no sideways scrolling).
     * The labels are made once per cell and filled per item; the summary's regional words are filled in.
     */
    private static final class ExerciseCell extends ListCell<ExerciseListing> {
        private static final Words WORDS = Words.english();
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, name, detail);

        ExerciseCell() {
            setPrefWidth(0);
            name.getStyleClass().add("exercise-name");
            detail.getStyleClass().add("exercise-detail");
            name.setMinWidth(0);
            detail.setMinWidth(0);
            detail.setWrapText(true);
            detail.setMinHeight(Label.USE_PREF_SIZE);
            box.setMinWidth(0);
        }

        @Override
        protected void updateItem(ExerciseListing exercise, boolean empty) {
            super.updateItem(exercise, empty);
            setText(null);
            if (empty || exercise == null) {
                setGraphic(null);
                return;
            }
            name.setText(exercise.name() + (exercise.archived() ? "  (archived)" : "") + (exercise.builtIn() ? "" : "  · clinic"));
            detail.setText(WORDS.fill(exercise.summary()));
            setGraphic(box);
        }
    }
}
