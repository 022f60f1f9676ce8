package org.restride.ui.visits;

import javafx.scene.control.Tooltip;
import javafx.css.PseudoClass;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.restride.domain.Criterion;
import org.restride.app.Wording;
import org.restride.domain.progress.PelvicSymptom;
import org.restride.text.Words;

/**
 * The current phase's exit criteria as a checklist: one line per test with its result (left and right for a test
 * done on each side), what she noticed during it, and the problem with what was typed beneath.
 */
final class ChecklistView extends GridPane {
    private final VisitInputs inputs;
    private final Wording wording;
    private final ObservableMap<String, String> problems;

    ChecklistView(VisitInputs inputs, ObservableMap<String, String> problems, Wording wording) {
        this.inputs = inputs;
        this.wording = wording;
        this.problems = problems;
        getStyleClass().add("visit-checklist");
        setHgap(10);
        setVgap(6);
        ColumnConstraints test = new ColumnConstraints(110, 170, Double.MAX_VALUE);
        test.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(test, new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints());
        inputs.criteria().addListener((ListChangeListener<CriterionInput>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        if (inputs.criteria().isEmpty()) {
            add(Fields.hint(words().get("checklist.none")), 0, 0, 4, 1);
            return;
        }
        add(Fields.muted(words().get("checklist.head.test")), 0, 0);
        add(Fields.muted(words().get("checklist.head.result")), 1, 0);
        add(Fields.muted(words().get("checklist.head.symptoms")), 2, 0);
        add(Fields.muted(words().get("checklist.head.pain")), 3, 0);
        int row = 1;
        for (int i = 0; i < inputs.criteria().size(); i++) {
            CriterionInput input = inputs.criteria().get(i);
            String id = "test-" + i;
            add(name(input.criterion()), 0, row);
            add(result(input, id), 1, row);
            add(symptoms(input, id), 2, row);
            add(Fields.number(id + "-pain", input.painProperty(), 60, "0–10"), 3, row);
            row++;
            add(Fields.problem(problems, VisitInputs.testKey(i)), 0, row++, 4, 1);
        }
    }

    private Node name(Criterion criterion) {
        Label name = new Label(criterion.name());
        name.getStyleClass().add("exercise-name");
        name.setWrapText(true);
        VBox box = new VBox(1, name);
        if (criterion.target() != null) {
            box.getChildren().add(Fields.muted(words().get("checklist.target", wording.target(criterion))));
        }
        return box;
    }

    private Node result(CriterionInput input, String id) {
        HBox box = new HBox(6);
        box.setAlignment(Pos.CENTER_LEFT);
        Criterion criterion = input.criterion();
        switch (input.entry()) {
            case EACH_SIDE -> box.getChildren().addAll(new Label(words().get("checklist.left")),
                    Fields.number(id + "-left", input.leftProperty(), 54, ""),
                    new Label(words().get("checklist.right")), Fields.number(id + "-right", input.rightProperty(), 54, ""));
            case ONE_VALUE -> box.getChildren().addAll(Fields.number(id + "-value", input.valueProperty(), 66, ""),
                    new Label(words().get("units.short." + criterion.target().unit().key())));
            case YES_OR_NO -> box.getChildren().addAll(yesOrNo(input, id));
        }
        return box;
    }

    /** Yes, or not yet; neither chosen means not checked. */
    private Node[] yesOrNo(CriterionInput input, String id) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton yes = new ToggleButton(words().get("checklist.yes"));
        yes.setId(id + "-yes");
        ToggleButton no = new ToggleButton(words().get("checklist.notYet"));
        no.setId(id + "-no");
        yes.setUserData(Boolean.TRUE);
        no.setUserData(Boolean.FALSE);
        yes.setToggleGroup(group);
        no.setToggleGroup(group);
        yes.getStyleClass().add("left-pill");
        no.getStyleClass().add("right-pill");
        Runnable show = () -> group.selectToggle(input.metProperty().get() == null ? null
                : input.metProperty().get() ? yes : no);
        show.run();
        group.selectedToggleProperty().addListener((o, old, now) -> input.metProperty().set(now == null ? null
                : (Boolean) now.getUserData()));
        input.metProperty().addListener(o -> show.run());
        return new Node[] {yes, no};
    }

    private Node symptoms(CriterionInput input, String id) {
        MenuButton button = new MenuButton();
        button.setId(id + "-symptoms");
        button.setMinWidth(112);
        button.setTooltip(new Tooltip());
        button.getStyleClass().add("test-symptoms");
        for (PelvicSymptom symptom : PelvicSymptom.values()) {
            CheckMenuItem item = new CheckMenuItem(wording.say(symptom.phrase()));
            item.setSelected(input.symptoms().contains(symptom));
            item.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    input.symptoms().add(symptom);
                } else {
                    input.symptoms().remove(symptom);
                }
            });
            button.getItems().add(item);
        }
        Runnable label = () -> {
            int count = input.symptoms().size();
            button.setText(count == 0 ? words().get("checklist.noSymptom") : words().get("checklist.noticed", count));
            button.getTooltip().setText(count == 0 ? words().get("checklist.symptomsTip")
                    : input.symptoms().stream().sorted().map(s -> wording.say(s.phrase())).collect(Collectors.joining("; ")));
            button.pseudoClassStateChanged(PseudoClass.getPseudoClass("noticed"), !input.symptoms().isEmpty());
        };
        label.run();
        input.symptoms().addListener((SetChangeListener<PelvicSymptom>) c -> label.run());
        return button;
    }

    private Words words() {
        return wording.words();
    }
}
