package org.restride.ui.patients;

import java.util.function.Supplier;
import org.restride.text.Words;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.domain.Template;
import org.restride.ui.common.Icons;
import org.restride.ui.common.Navigator;
import org.restride.ui.roadmaps.RoadmapSummary;
import org.restride.ui.shell.SectionView;

/** The Patients section: the list on the left; the chosen patient's details, roadmaps and a new roadmap on the right. */
public final class PatientsView implements SectionView {
    private final PatientsViewModel model;
    private final Navigator navigator;
    private final SplitPane root = new SplitPane();
    private final TextField search = new TextField();
    private final ListView<Patient> list = new ListView<>();
    private final PatientFormView form;
    private final Button start;
    private final StringProperty titleDetail;
    private final Words words;
    private final List<PatientTab> patientTabs;
    private final TabPane tabs = new TabPane();

    /** The patient's details, then the given tabs beside them (a visit, her history), each told who is showing. */
    public PatientsView(PatientsViewModel model, Navigator navigator, List<PatientTab> patientTabs, Words words) {
        this.model = model;
        this.navigator = navigator;
        this.words = words;
        this.start = new Button(words.get("ui-patients.startRoadmap"), Icons.of(Feather.PLAY));
        this.titleDetail = new SimpleStringProperty(words.get("ui-shell.section.patients"));
        this.patientTabs = List.copyOf(patientTabs);
        this.form = new PatientFormView(model.form(), words);
        root.getItems().addAll(listPane(), detailPane());
        root.setDividerPositions(0.28);
        model.startedProperty().addListener((o, old, now) -> {
            if (now != null) {
                open(now);
            }
        });
        model.form().savedProperty().addListener((o, old, now) -> {
            titleDetail.set(now == null ? words.get("ui-patients.newPatient") : now.displayName());
            if (now != null && !now.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(now);
            }
            this.patientTabs.forEach(tab -> tab.showPatient(now));
            if (now == null) {
                tabs.getSelectionModel().selectFirst();
            }
        });
    }

    private VBox listPane() {
        Label heading = new Label(words.get("ui-shell.section.patients"));
        heading.getStyleClass().add("title-2");
        search.setId("patient-search");
        search.setPromptText(words.get("ui-patients.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        list.setId("patient-list");
        list.setItems(model.list());
        list.setCellFactory(v -> new PatientCell(model.form()::today, words));
        list.setPlaceholder(new Label(words.get("ui-patients.noneYet")));
        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.select(now));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button add = new Button(words.get("ui-patients.newPatient"), Icons.of(Feather.USER_PLUS));
        add.setId("new-patient");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> newItem());
        VBox pane = new VBox(10, heading, search, list, add);
        pane.setPadding(new Insets(20, 16, 16, 20));
        pane.setMinWidth(260);
        return pane;
    }

    private VBox detailPane() {
        Label heading = new Label();
        heading.getStyleClass().add("title-2");
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.form().idProperty().get() == null
                ? words.get("ui-patients.newPatient") : model.form().nameProperty().get(), model.form().idProperty(),
                model.form().nameProperty()));
        Button save = new Button(words.get("ui-patients.save"), Icons.of(Feather.CHECK));
        save.setId("save-patient");
        save.setDefaultButton(true);
        save.visibleProperty().bind(model.form().idProperty().isNull());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> model.form().save().ifPresent(p -> start.requestFocus()));
        Label autosave = new Label(words.get("ui-patients.autosave"));
        autosave.getStyleClass().add("hint");
        autosave.visibleProperty().bind(model.form().idProperty().isNotNull());
        autosave.managedProperty().bind(autosave.visibleProperty());
        VBox box = new VBox(16, roadmapsBox(), form, new HBox(12, save, autosave));
        box.setPadding(new Insets(16, 28, 28, 28));
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        Tab details = new Tab(words.get("ui-patients.details"), scroller);
        details.setId("details-tab");
        tabs.getTabs().add(details);
        for (PatientTab patientTab : patientTabs) {
            // The tab's content joins the window when the tab is first chosen, not at the start.
            Tab tab = new Tab(patientTab.title());
            tab.setId(patientTab.id());
            tab.disableProperty().bind(model.form().idProperty().isNull());
            tab.setOnSelectionChanged(e -> {
                if (tab.isSelected()) {
                    if (tab.getContent() == null) {
                        tab.setContent(patientTab.node());
                    }
                    patientTab.shown();
                }
            });
            tabs.getTabs().add(tab);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("patient-tabs");
        tabs.getStyleClass().add("patient-tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        heading.setPadding(new Insets(20, 28, 0, 28));
        return new VBox(8, heading, tabs);
    }

    /** Brings the patient's tab with this id to the front (the details are "details-tab"). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId()) && !t.isDisable()).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private VBox roadmapsBox() {
        Label title = new Label(words.get("ui-patients.roadmaps"));
        title.getStyleClass().add("title-3");
        ListView<RoadmapSummary> roadmaps = new ListView<>(model.patientRoadmaps());
        roadmaps.setId("patient-roadmaps");
        roadmaps.setPrefHeight(120);
        roadmaps.setPlaceholder(new Label(words.get("ui-patients.noRoadmap")));
        roadmaps.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RoadmapSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title() + "  ·  " + item.currentPhase() + "  ·  " + item.created());
            }
        });
        roadmaps.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && roadmaps.getSelectionModel().getSelectedItem() != null) {
                navigator.openRoadmap(roadmaps.getSelectionModel().getSelectedItem().id());
            }
        });
        roadmaps.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && roadmaps.getSelectionModel().getSelectedItem() != null) {
                navigator.openRoadmap(roadmaps.getSelectionModel().getSelectedItem().id());
            }
        });
        ComboBox<Template> templates = new ComboBox<>(model.templateChoices());
        templates.setId("template-choice");
        templates.valueProperty().bindBidirectional(model.chosenTemplateProperty());
        templates.setConverter(new StringConverter<>() {
            @Override
            public String toString(Template t) {
                return t == null ? "" : t.builtIn() ? t.title() : words.get("ui-patients.clinicTemplate", t.title());
            }

            @Override
            public Template fromString(String s) {
                return null;
            }
        });
        start.setId("start-roadmap");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.startFromTemplate());
        start.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                start.fire();
            }
        });
        Button copy = new Button(words.get("ui-patients.copySelected"));
        copy.setId("copy-roadmap");
        copy.disableProperty().bind(roadmaps.getSelectionModel().selectedItemProperty().isNull());
        copy.setOnAction(e -> model.startFromCopy(roadmaps.getSelectionModel().getSelectedItem().id()));
        Button scratch = new Button(words.get("ui-patients.fromScratch"));
        scratch.setId("scratch-roadmap");
        scratch.setOnAction(e -> model.startFromScratch());
        templates.setPrefWidth(320);
        for (Button button : List.of(start, copy, scratch)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane startRow = new FlowPane(8, 8, new Label(words.get("ui-patients.startFrom")), templates, start, copy, scratch);
        startRow.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add("field-problem");
        message.textProperty().bind(model.messageProperty());
        return new VBox(10, title, roadmaps, startRow, message);
    }

    private void open(Roadmap roadmap) {
        navigator.openRoadmap(roadmap.id());
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableValue<String> titleDetail() {
        return titleDetail;
    }

    @Override
    public void newItem() {
        tabs.getSelectionModel().selectFirst();
        list.getSelectionModel().clearSelection();
        model.newPatient();
        form.nameField().requestFocus();
    }

    @Override
    public void find() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void shown() {
        model.refresh();
        patientTabs.stream().filter(t -> tabs.getSelectionModel().getSelectedItem().getId().equals(t.id()))
                .forEach(PatientTab::shown);
    }

    /** Opens a patient chosen elsewhere. */
    public void show(long patientId) {
        model.refresh();
        model.list().stream().filter(p -> p.id() == patientId).findFirst().ifPresent(p -> list.getSelectionModel().select(p));
    }

    /** A patient in the list: her name and how far postpartum she is. */
    private static final class PatientCell extends ListCell<Patient> {
        private final Supplier<LocalDate> today;
        private final Words words;

        PatientCell(Supplier<LocalDate> today, Words words) {
            this.today = today;
            this.words = words;
        }

        @Override
        protected void updateItem(Patient p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(p.displayName());
            name.getStyleClass().add("exercise-name");
            Label detail = new Label(words.get("ui-patients.cellDetail",
                    words.count("ui-patients.weeksPostpartum", p.weeksPostpartum(today.get())), words.label(p.deliveryType())));
            detail.getStyleClass().add("exercise-detail");
            setText(null);
            setGraphic(new VBox(2, name, detail));
        }
    }
}
