package org.restride.ui.visits;

import org.restride.text.Words;
import org.restride.text.Sentence;
import javafx.collections.ObservableMap;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.restride.app.Wording;
import org.restride.domain.progress.EnergySign;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.RiskFactor;

/**
 * The short mood and energy checks of the visit form (CLINICAL.md, Also ask about): the mood screen's total only (its
 * items are never shown or kept), a self-harm answer as the self-harm red flag, signs of low energy availability,
 * and her risk factors for running-related pain or leaking.
 */
final class WellbeingView {
    private WellbeingView() {
    }

    static Node of(VisitInputs inputs, ObservableMap<String, String> problems, Wording wording) {
        Words words = wording.words();
        TextField mood = Fields.number("wellbeing-mood", inputs.wellbeing().moodProperty(), 60, "0–30");
        CheckBox selfHarm = Fields.tick("wellbeing-self-harm", words.get("ui-visits.selfHarm"),
                inputs.symptoms().redFlags().get(RedFlag.SELF_HARM_THOUGHTS));
        FlowPane moodRow = new FlowPane(8, 8, new Label(words.get("ui-visits.mood")), mood,
                new Label("/30"), selfHarm);
        moodRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane energy = new FlowPane(16, 8, new Label(words.get("ui-visits.energy")));
        for (EnergySign sign : EnergySign.values()) {
            energy.getChildren().add(Fields.tick("wellbeing-energy-" + sign.key(), Sentence.capitalized(wording.say(sign.phrase())),
                    inputs.wellbeing().energySign(sign)));
        }
        FlowPane risks = new FlowPane(16, 8, new Label(words.get("ui-visits.risks")));
        for (RiskFactor factor : RiskFactor.values()) {
            risks.getChildren().add(Fields.tick("wellbeing-risk-" + factor.key(), Sentence.capitalized(wording.say(factor.phrase())),
                    inputs.wellbeing().riskFactor(factor)));
        }
        return new VBox(8, moodRow, Fields.problem(problems, VisitInputs.MOOD), energy, risks);
    }

}
