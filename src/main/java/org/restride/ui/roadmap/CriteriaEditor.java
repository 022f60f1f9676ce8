package org.restride.ui.roadmap;

import java.util.Collection;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;

/** "Ready for the next phase when…": the phase's exit criteria, from the readiness tests or in the PT's words. */
final class CriteriaEditor extends VBox {
    CriteriaEditor(int index, Phase phase, RoadmapEditorViewModel model, Collection<Criterion> libraryCriteria) {
        super(4);
        Label title = new Label("Ready for the next phase when…");
        title.getStyleClass().add("section-label");
        getChildren().add(title);
        for (int i = 0; i < phase.exitCriteria().size(); i++) {
            int criterion = i;
            Label line = new Label("☐  " + phase.exitCriteria().get(i).checklistLine());
            line.setWrapText(true);
            HBox row = new HBox(6, line, PhaseCard.spacer(),
                    PhaseCard.iconButton(Feather.X, "Remove this criterion", () -> model.removeCriterion(index, criterion)));
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(line, Priority.ALWAYS);
            getChildren().add(row);
        }
        ComboBox<Criterion> tests = new ComboBox<>();
        tests.setId("phase-" + index + "-add-test");
        tests.setPromptText("Add a readiness test…");
        tests.getItems().setAll(libraryCriteria);
        tests.setConverter(new StringConverter<>() {
            @Override
            public String toString(Criterion c) {
                return c == null ? "" : c.checklistLine();
            }

            @Override
            public Criterion fromString(String s) {
                return null;
            }
        });
        tests.setOnAction(e -> {
            if (tests.getValue() != null) {
                model.addCriterion(index, tests.getValue());
            }
        });
        TextField own = new TextField();
        own.setId("phase-" + index + "-add-statement");
        own.setPromptText("…or type one and press Enter");
        HBox.setHgrow(own, Priority.ALWAYS);
        own.setOnAction(e -> {
            if (!own.getText().isBlank()) {
                model.addCriterion(index, Criterion.statement(own.getText()));
            }
        });
        HBox add = new HBox(8, tests, own);
        add.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(add);
    }

}
