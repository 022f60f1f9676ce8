package org.restride.ui.roadmap;

import java.util.Collection;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.restride.app.Wording;
import org.restride.domain.Criterion;

/** "Ready for the next phase when…": the phase's exit criteria, from the readiness tests or in the PT's words. */
final class CriteriaEditor extends VBox {
    private final int index;
    private final RoadmapEditorViewModel model;
    private final VBox lines = new VBox(4);

    CriteriaEditor(int index, RoadmapEditorViewModel model, Collection<Criterion> libraryCriteria) {
        super(4);
        this.index = index;
        this.model = model;
        Label title = new Label(model.words().get("editor.ui.readyWhen"));
        title.getStyleClass().add("section-label");
        ComboBox<Criterion> tests = new ComboBox<>();
        tests.setId("phase-" + index + "-add-test");
        tests.setPromptText(model.words().get("editor.ui.addTest"));
        tests.getItems().setAll(libraryCriteria);
        tests.setConverter(new StringConverter<>() {
            @Override
            public String toString(Criterion c) {
                return c == null ? "" : new Wording(model.words()).checklistLine(c);
            }

            @Override
            public Criterion fromString(String s) {
                return null;
            }
        });
        addOnlyWhenChosen(tests);
        TextField own = new TextField();
        own.setId("phase-" + index + "-add-statement");
        own.setPromptText(model.words().get("editor.ui.ownTest"));
        HBox.setHgrow(own, Priority.ALWAYS);
        Commits.onLeave(own, () -> {
            if (!own.getText().isBlank()) {
                model.phases().addCriterion(index, Criterion.statement(own.getText()));
                own.clear();
            }
        }, () -> Commits.show(own, ""));
        VBox ownField = FieldLabel.above(model.words().get("editor.ui.testOwn"), own);
        HBox.setHgrow(ownField, Priority.ALWAYS);
        HBox add = new HBox(8, FieldLabel.above(model.words().get("editor.ui.testFromList"), tests), ownField);
        add.setAlignment(Pos.BOTTOM_LEFT);
        getChildren().addAll(title, lines, add);
    }

    /**
     * A test is added only when the PT chooses it: Enter or a click in the open list. The arrows on the closed box
     * open the list instead of adding tests one by one, and the list closed with Escape (or by clicking elsewhere)
     * adds nothing. The box then shows its prompt again.
     */
    private void addOnlyWhenChosen(ComboBox<Criterion> tests) {
        boolean[] chosen = {false};
        tests.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean arrow = e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN;
            if (arrow && !tests.isShowing()) {
                tests.show();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && tests.isShowing()) {
                chosen[0] = true;
            }
        });
        tests.skinProperty().addListener((o, old, skin) -> {
            if (skin instanceof ComboBoxListViewSkin<?> list) {
                Node popup = list.getPopupContent();
                popup.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ENTER) {
                        chosen[0] = true;
                    }
                });
                popup.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> chosen[0] |= onARow(e.getPickResult().getIntersectedNode()));
            }
        });
        tests.setOnShowing(e -> chosen[0] = false);
        tests.setOnHidden(e -> {
            Criterion test = tests.getValue();
            boolean add = chosen[0] && test != null;
            chosen[0] = false;
            tests.getSelectionModel().clearSelection();
            if (add) {
                model.phases().addCriterion(index, test);
            }
        });
    }

    private static boolean onARow(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }

    /** Shows the criteria as checklist lines, each with its remove button. */
    void show(List<Criterion> criteria) {
        lines.getChildren().clear();
        for (int i = 0; i < criteria.size(); i++) {
            int criterion = i;
            Label line = new Label("☐  " + new Wording(model.words()).checklistLine(criteria.get(i)));
            line.setWrapText(true);
            HBox row = new HBox(6, line, PhaseCard.spacer(),
                    PhaseCard.iconButton(Feather.X, model.words().get("editor.ui.removeCriterion"),
                            () -> model.phases().removeCriterion(index, criterion)));
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(line, Priority.ALWAYS);
            lines.getChildren().add(row);
        }
    }
}
