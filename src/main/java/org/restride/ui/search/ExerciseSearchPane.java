package org.restride.ui.search;

import javafx.collections.ListChangeListener;
import java.util.List;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
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
import org.restride.ui.common.FittedCell;
import org.restride.ui.common.Icons;
import org.restride.ui.common.KeyedConverter;

/** The library as a search box, filters and a list of exercises; used in the Library and beside the roadmap. */
public final class ExerciseSearchPane extends VBox {
    private final TextField searchField = new TextField();
    private final ListView<ExerciseListing> list = new ListView<>();
    private final Words words;

    public ExerciseSearchPane(ExerciseSearchViewModel model, Words words) {
        super(8);
        this.words = words;
        getStyleClass().add("exercise-search");
        setPadding(new Insets(12));
        searchField.setId("library-search");
        searchField.setPromptText(words.get("ui-search.prompt"));
        searchField.textProperty().bindBidirectional(model.textProperty());
        FlowPane filters = new FlowPane(6, 6,
                filter("phase", PhaseKind.values(), model.phases()),
                filter("region", Region.values(), model.regions()),
                filter("equipment", Equipment.values(), model.equipment()),
                filter("position", Position.values(), model.positions()),
                filter("impact", ImpactLevel.values(), model.impacts()));
        list.setId("library-results");
        list.setItems(model.results());
        list.setCellFactory(v -> new ExerciseCell(words));
        list.setPlaceholder(new Label(words.get("ui-search.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label(words.get("ui-search.heading"), Icons.of(Feather.BOOK_OPEN));
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

    /** A filter titled by {@code ui-search.filter.<name>}, with the id {@code filter-<name>}. */
    private <E extends Enum<E> & Keyed> CheckComboBox<E> filter(String name, E[] values, ObservableSet<E> chosen) {
        CheckComboBox<E> box = new CheckComboBox<>();
        box.setId("filter-" + name);
        box.getItems().setAll(List.of(values));
        box.setTitle(words.get("ui-search.filter." + name));
        box.setShowCheckedCount(true);
        box.setConverter(new KeyedConverter<>(words));
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
    private static final class ExerciseCell extends FittedCell<ExerciseListing> {
        private final Words words;
        private final Label name = new Label();
        private final Label detail = new Label();
        private final VBox box = new VBox(2, name, detail);

        ExerciseCell(Words words) {
            this.words = words;
            name.getStyleClass().add("exercise-name");
            detail.getStyleClass().add("exercise-detail");
            name.setMinWidth(0);
            detail.setMinWidth(0);
            name.setWrapText(true);
            name.setMinHeight(Label.USE_PREF_SIZE);
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
            String shown = exercise.archived() ? words.get("ui-search.archived", exercise.name()) : exercise.name();
            name.setText(exercise.builtIn() ? shown : words.get("ui-search.clinics", shown));
            detail.setText(words.fill(exercise.summary()));
            setGraphic(box);
        }
    }
}
