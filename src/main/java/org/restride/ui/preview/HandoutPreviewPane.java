package org.restride.ui.preview;

import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import java.io.File;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.PaperSize;
import org.restride.handout.HandoutOptions;
import org.restride.ui.common.Buttons;
import org.restride.text.Languages;
import org.restride.text.Words;
import org.restride.ui.common.KeyedConverter;
import org.restride.ui.common.LanguageChoice;

/** The handout's pages beside the editor, redrawn a moment after each edit, with its print options. */
public final class HandoutPreviewPane extends VBox {
    private static final Duration SETTLE = Duration.millis(350);

    private final HandoutViewModel model;
    private final ListView<Integer> pages = new ListView<>();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final BooleanProperty active = new SimpleBooleanProperty(false);

    private final Words words;

    public HandoutPreviewPane(HandoutViewModel model, Words words) {
        super(8);
        this.model = model;
        this.words = words;
        getStyleClass().add("handout-preview");
        setPadding(new Insets(12));
        Label heading = new Label(words.get("ui-preview.heading"));
        heading.getStyleClass().add("pane-title");
        pages.setId("preview-pages");
        pages.setCellFactory(v -> new PageCell());
        pages.setPlaceholder(new Label(words.get("ui-preview.placeholder")));
        // A page is as tall as A4 at the list's width, so only the pages in view are drawn.
        pages.widthProperty().addListener((o, old, now) -> pages.setFixedCellSize(Math.max(120, (now.doubleValue() - 40) * 1.415 + 16)));
        VBox.setVgrow(pages, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add("hint");
        count.textProperty().bind(Bindings.createStringBinding(() -> words.count("ui-preview.pages",
                model.pageCountProperty().get()), model.pageCountProperty()));
        Label message = new Label();
        message.setId("handout-message");
        message.setWrapText(true);
        message.getStyleClass().add("hint");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Button export = Buttons.of(words.get("ui-preview.export"), Feather.DOWNLOAD, "export-pdf", this::chooseAndExport);
        Button print = Buttons.of(words.get("ui-preview.print"), Feather.PRINTER, "print", model::print);
        FlowPane actions = new FlowPane(8, 6, export, print, count);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(heading, options(), actions, message, pages);
        settle.setOnFinished(e -> model.refresh());
        model.roadmapProperty().addListener((o, old, now) -> {
            if (active.get()) {
                settle.playFromStart();
            }
        });
        active.addListener((o, was, now) -> {
            if (now) {
                model.refresh();
            }
        });
        model.latestProperty().addListener((o, old, now) -> {
            int count2 = now == null ? 0 : now.pageCount();
            pages.getItems().setAll(IntStream.range(0, count2).boxed().toList());
            pages.refresh();
        });
    }

    private FlowPane options() {
        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.getItems().setAll(PaperSize.values());
        paper.setConverter(new KeyedConverter<>(words));
        ComboBox<LanguageChoice> language = languageBox();
        CheckBox large = new CheckBox(words.get("ui-preview.largePrint"));
        large.setId("preview-large-print");
        CheckBox pictures = new CheckBox(words.get("ui-preview.pictures"));
        CheckBox log = new CheckBox(words.get("ui-preview.log"));
        CheckBox whole = new CheckBox(words.get("ui-preview.whole"));
        whole.setId("preview-whole-roadmap");
        Runnable show = () -> {
            HandoutOptions o = model.optionsProperty().get();
            if (o != null) {
                paper.setValue(o.paper());
                language.setValue(LanguageChoice.of(language.getItems(), o.language()));
                large.setSelected(o.largePrint());
                pictures.setSelected(o.pictures());
                log.setSelected(o.log());
                whole.setSelected(o.allPhases());
            }
        };
        model.optionsProperty().addListener(o -> show.run());
        show.run();
        paper.setOnAction(e -> change(o -> o.withPaper(paper.getValue())));
        language.setOnAction(e -> {
            if (language.getValue() != null) {
                model.chooseLanguage(language.getValue().code());
            }
        });
        large.setOnAction(e -> change(o -> o.withLargePrint(large.isSelected())));
        pictures.setOnAction(e -> change(o -> o.withPictures(pictures.isSelected())));
        log.setOnAction(e -> change(o -> o.withLog(log.isSelected())));
        whole.setOnAction(e -> change(o -> o.withAllPhases(whole.isSelected())));
        FlowPane row = new FlowPane(10, 6, paper, language, large, pictures, log, whole);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** The handout's language, each named in its own; at first hers (her details, else the clinic's). */
    private ComboBox<LanguageChoice> languageBox() {
        ComboBox<LanguageChoice> language = new ComboBox<>();
        language.setId("preview-language");
        language.getItems().setAll(LanguageChoice.forHandout(Languages.codes()));
        String label = words.get("language-choice.label");
        language.setAccessibleText(label);
        language.setTooltip(new Tooltip(label));
        return language;
    }

    private void change(UnaryOperator<HandoutOptions> edit) {
        HandoutOptions current = model.optionsProperty().get();
        if (current != null) {
            model.optionsProperty().set(edit.apply(current));
        }
    }

    /** Asks where to save the handout, then writes it in the background. */
    public void chooseAndExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(words.get("ui-preview.exportTitle"));
        chooser.setInitialFileName(model.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(words.get("ui-preview.pdfFilter"), "*.pdf"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.export(file.toPath(), () -> { });
        }
    }

    public void print() {
        model.print();
    }

    /** True while the preview is on show: only then is it kept up to date. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** One page, drawn when it scrolls into view. */
    private final class PageCell extends ListCell<Integer> {
        private final ImageView view = new ImageView();

        PageCell() {
            view.setPreserveRatio(true);
            view.fitWidthProperty().bind(pages.widthProperty().subtract(40));
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            setText(null);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            view.setImage(null);
            setGraphic(view);
            model.pageImage(index, image -> {
                if (index.equals(getItem())) {
                    view.setImage(image);
                }
            });
        }
    }
}
