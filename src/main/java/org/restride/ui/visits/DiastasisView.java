package org.restride.ui.visits;

import javafx.scene.control.Tooltip;
import org.restride.text.Words;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.restride.domain.progress.DiastasisMeasurement.Level;
import org.restride.domain.progress.DiastasisMeasurement.Method;
import org.restride.domain.progress.DiastasisMeasurement.State;
import org.restride.domain.progress.DiastasisMeasurement.Tension;
import org.restride.ui.common.Buttons;

/** Diastasis measurements: site, state, method and width, with tension and doming when assessed. */
final class DiastasisView extends VBox {
    private final VisitInputs inputs;
    private final ObservableMap<String, String> problems;
    private final VBox rows = new VBox(10);
    private final Words words;

    DiastasisView(VisitInputs inputs, ObservableMap<String, String> problems, Words words) {
        super(8);
        this.inputs = inputs;
        this.problems = problems;
        this.words = words;
        Button add = Buttons.of(words.get("ui-visits.diastasis.add"), Feather.PLUS, "add-diastasis", inputs.measures()::addDiastasis);
        add.getStyleClass().add("flat");
        getChildren().addAll(rows, add);
        inputs.measures().diastasis().addListener((ListChangeListener<DiastasisInput>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        for (int i = 0; i < inputs.measures().diastasis().size(); i++) {
            rows.getChildren().add(row(inputs.measures().diastasis().get(i), i));
        }
    }

    private Node row(DiastasisInput input, int index) {
        String id = "diastasis-" + index;
        TextField cm = Fields.number(id + "-cm", input.siteCmProperty(), 54, "cm");
        cm.disableProperty().bind(input.levelProperty().isEqualTo(Level.AT));
        FlowPane site = line(new Label(words.get("ui-visits.diastasis.site")),
                Choices.of(id + "-level", List.of(Level.values()), l -> word("where", l.key()), input.levelProperty()), cm,
                Choices.of(id + "-state", List.of(State.values()), st -> word("state", st.key()), input.stateProperty()));
        Button remove = Buttons.of("", Feather.X, id + "-remove", () -> inputs.measures().removeDiastasis(input));
        remove.getStyleClass().addAll("flat", "button-icon");
        remove.setTooltip(new Tooltip(words.get("ui-visits.diastasis.remove")));
        FlowPane width = line(new Label(words.get("ui-visits.diastasis.width")),
                Fields.number(id + "-width", input.widthProperty(), 54, ""),
                Choices.of(id + "-method", Arrays.asList(Method.values()), m -> word("unit", m.key()), input.methodProperty()),
                Choices.withNone(id + "-tension", words.get("ui-visits.diastasis.noTension"), List.of(Tension.values()),
                        t -> word("tension", t.key()),
                        input.tensionProperty()),
                Choices.withNone(id + "-doming", words.get("ui-visits.diastasis.noDoming"), List.of(true, false),
                        seen -> words.get(seen ? "ui-visits.diastasis.doming" : "ui-visits.diastasis.noneDoming"), input.domingProperty()),
                remove);
        VBox box = new VBox(6, site, width, Fields.problem(problems, VisitInputs.diastasisKey(index)));
        box.getStyleClass().add("diastasis-row");
        return box;
    }

    private static FlowPane line(Node... nodes) {
        FlowPane pane = new FlowPane(8, 6, nodes);
        pane.setAlignment(Pos.CENTER_LEFT);
        return pane;
    }

    /** A choice's words, as the verdict says them ("verdict.diastasis.state.at-rest"). */
    private String word(String group, String key) {
        return words.get("verdict.diastasis." + group + "." + key);
    }
}
