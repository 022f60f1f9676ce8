package org.restride.ui.visits;

import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.text.Words;
import org.restride.domain.Patient;
import org.restride.domain.Roadmap;
import org.restride.ui.common.Buttons;
import org.restride.ui.common.Navigator;
import org.restride.ui.common.ScrollIntoSight;
import org.restride.ui.patients.PatientTab;

/** The "Visit" tab: the form on the left, the verdict and the actions beside it. Ctrl+S saves. */
public final class VisitView implements PatientTab {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final VisitFormViewModel model;
    private final Navigator navigator;
    private final SplitPane root = new SplitPane();
    private final VisitFormView form;

    private final Words words;

    public VisitView(VisitFormViewModel model, Navigator navigator, Words words) {
        this.model = model;
        this.navigator = navigator;
        this.words = words;
        this.form = new VisitFormView(model, words);
        ScrollPane scroller = new ScrollPane(form);
        scroller.setFitToWidth(true);
        scroller.setId("visit-form");
        scroller.getStyleClass().add("edge-to-edge");
        ScrollIntoSight.followFocus(scroller, 28);
        VerdictPane verdict = new VerdictPane(model, actions(), words);
        verdict.setMinWidth(290);
        verdict.setPrefWidth(320);
        root.getItems().addAll(scroller, verdict);
        root.setDividerPositions(0.62);
        root.getStyleClass().add("visit-view");
        root.setMinWidth(0);
        root.setPrefWidth(640);
        SplitPane.setResizableWithParent(verdict, false);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                model.save();
                e.consume();
            }
        });
    }

    private Node actions() {
        Button save = Buttons.of(words.get("ui-visits.save"), Feather.CHECK, "save-visit", model::save);
        save.getStyleClass().add("accent");
        save.setTooltip(new Tooltip(words.get("ui-visits.saveTip")));
        Button fresh = Buttons.of(words.get("ui-visits.new"), Feather.FILE_PLUS, "new-visit", this::startNew);
        Label message = new Label();
        message.setId("visit-message");
        message.setWrapText(true);
        message.getStyleClass().add("visit-message");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        Button moveOn = Buttons.of(words.get("ui-visits.moveOn"), Feather.ARROW_RIGHT_CIRCLE, "move-on", model::moveOn);
        moveOn.getStyleClass().add("success");
        moveOn.setMaxWidth(Double.MAX_VALUE);
        moveOn.visibleProperty().bind(model.canMoveOnProperty());
        moveOn.managedProperty().bind(moveOn.visibleProperty());
        Button reissue = Buttons.of(words.get("ui-visits.reissue"), Feather.PRINTER, "reissue-handout", this::reissue);
        reissue.setMaxWidth(Double.MAX_VALUE);
        reissue.visibleProperty().bind(model.movedOnProperty().isNotNull());
        reissue.managedProperty().bind(reissue.visibleProperty());
        HBox buttons = new HBox(8, save, fresh);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, message, moveOn, reissue, buttons);
        box.setPadding(new Insets(12, 16, 14, 16));
        box.getStyleClass().add("verdict-actions");
        return box;
    }

    private void startNew() {
        model.movedOnProperty().set(null);
        model.startNew();
        form.dateField().requestFocus();
    }

    private void reissue() {
        Roadmap moved = model.movedOnProperty().get();
        if (moved != null) {
            navigator.openRoadmapPreview(moved.id());
        }
    }

    @Override
    public String title() {
        return words.get("ui-visits.tab");
    }

    @Override
    public String id() {
        return "visit-tab";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void showPatient(Patient patient) {
        model.show(patient);
    }

    @Override
    public void shown() {
        model.refresh();
    }
}
