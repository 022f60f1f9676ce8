package org.restride.ui.settings;

import java.util.function.Function;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.ClinicianTerm;
import org.restride.domain.PaperSize;
import org.restride.domain.WeightUnit;
import org.restride.text.Words;
import org.restride.ui.common.Buttons;
import org.restride.ui.common.KeyedConverter;
import org.restride.ui.shell.SectionView;

/** The Settings section: the clinic profile for handouts, paper and units, and the window's look. */
public final class SettingsView implements SectionView {
    private final SettingsViewModel model;
    private final ScrollPane root;
    private final GridPane grid = new GridPane();
    private final ImageView logoView = new ImageView();
    private final Words words;
    private int row;

    public SettingsView(SettingsViewModel model, BooleanProperty dark, Words words) {
        this.model = model;
        this.words = words;
        Label heading = new Label(words.get("ui-shell.section.settings"));
        heading.getStyleClass().add("title-2");
        Label intro = new Label(words.get("ui-settings.intro"));
        intro.getStyleClass().add("hint");
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(170);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints(260, 460, 640);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        text("clinicName", "settings-clinic-name", model.clinicNameProperty());
        area("address", model.addressProperty(), 2);
        text("phone", "settings-phone", model.phoneProperty());
        text("email", "settings-email", model.emailProperty());
        text("website", "settings-website", model.websiteProperty());
        text("therapist", "settings-therapist", model.therapistNameProperty());
        text("credentials", "settings-credentials", model.credentialsProperty());
        add("logo", logoRow());
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.setId("settings-paper");
        paper.getItems().setAll(PaperSize.values());
        paper.setConverter(new KeyedConverter<>(words));
        paper.valueProperty().bindBidirectional(model.paperSizeProperty());
        add("paper", paper);
        ComboBox<WeightUnit> units = new ComboBox<>();
        units.getItems().setAll(WeightUnit.values());
        units.setConverter(new KeyedConverter<>(words));
        units.valueProperty().bindBidirectional(model.unitsProperty());
        add("units", units);
        add("language", languageAndCountry());
        ComboBox<ClinicianTerm> term = new ComboBox<>();
        term.setId("settings-clinician-term");
        term.getItems().setAll(ClinicianTerm.values());
        term.setConverter(new KeyedConverter<>(words));
        term.valueProperty().bindBidirectional(model.clinicianTermProperty());
        add("term", term);
        area("disclaimer", model.disclaimerProperty(), 3);
        CheckBox darkTheme = new CheckBox(words.get("ui-settings.darkTheme"));
        darkTheme.setId("settings-dark");
        darkTheme.selectedProperty().bindBidirectional(dark);
        add("window", darkTheme);
        Label message = new Label();
        message.setId("settings-message");
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        VBox box = new VBox(14, heading, intro, grid, message);
        box.setPadding(new Insets(20, 28, 28, 28));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        model.logoProperty().addListener((o, old, now) -> showLogo(now));
        model.load();
        showLogo(model.logoProperty().get());
    }

    /** The handout's language (English for now) and, beside it, the clinic's country, which picks its words. */
    private HBox languageAndCountry() {
        ComboBox<String> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(SettingsViewModel.HANDOUT_LANGUAGES);
        language.setConverter(converter(code -> Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH)));
        language.valueProperty().bindBidirectional(model.languageProperty());
        ComboBox<String> country = new ComboBox<>();
        country.setId("settings-country");
        country.getItems().setAll(SettingsViewModel.countries());
        country.setConverter(converter(code -> code.isEmpty() ? words.get("ui-settings.notSet")
                : words.get("ui-settings.country", new Locale("", code).getDisplayCountry(Locale.ENGLISH), code)));
        country.setVisibleRowCount(14);
        country.valueProperty().bindBidirectional(model.countryProperty());
        Label countryLabel = new Label(words.get("ui-settings.countryLabel"));
        countryLabel.setLabelFor(country);
        countryLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, language, countryLabel, country);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static StringConverter<String> converter(Function<String, String> shown) {
        return new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : shown.apply(code);
            }

            @Override
            public String fromString(String text) {
                return null;
            }
        };
    }

    private HBox logoRow() {
        logoView.setFitHeight(48);
        logoView.setFitWidth(160);
        logoView.setPreserveRatio(true);
        logoView.visibleProperty().bind(model.logoProperty().isNotNull());
        logoView.managedProperty().bind(logoView.visibleProperty());
        Button choose = Buttons.of(words.get("ui-settings.chooseLogo"), Feather.IMAGE, "settings-logo", this::chooseLogo);
        Button remove = Buttons.of(words.get("ui-settings.removeLogo"), Feather.X, "settings-logo-remove", model::removeLogo);
        remove.disableProperty().bind(model.logoProperty().isNull());
        HBox row = new HBox(10, logoView, choose, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void chooseLogo() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("ui-settings.logoTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("ui-settings.logoFilter"),
                "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            model.importLogo(file.toPath());
        }
    }

    private void showLogo(byte[] bytes) {
        logoView.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes)));
    }

    private void text(String name, String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        add(name, field);
    }

    private void area(String name, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(property);
        add(name, area);
    }

    /** A field under its label, {@code ui-settings.field.<name>}. */
    private void add(String name, Node field) {
        Label label = new Label(words.get("ui-settings.field." + name));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row++);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public ObservableValue<String> titleDetail() {
        return Bindings.createStringBinding(() -> words.get("ui-shell.section.settings"));
    }

    @Override
    public void shown() {
        model.load();
    }
}
