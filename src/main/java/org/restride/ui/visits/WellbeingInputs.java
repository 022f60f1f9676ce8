package org.restride.ui.visits;

import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restride.domain.progress.EnergySign;
import org.restride.domain.progress.RiskFactor;
import org.restride.domain.progress.Wellbeing;

/** Her wellbeing as typed: the mood screen's total, the signs of low energy and the risk factors ticked. */
public final class WellbeingInputs {
    private final StringProperty mood = new SimpleStringProperty("");
    private final Map<EnergySign, BooleanProperty> energy;
    private final Map<RiskFactor, BooleanProperty> risks;

    WellbeingInputs(InvalidationListener changed) {
        mood.addListener(changed);
        energy = Ticks.of(EnergySign.class, changed);
        risks = Ticks.of(RiskFactor.class, changed);
    }

    void clear() {
        Ticks.clear(energy);
        Ticks.clear(risks);
        mood.set("");
    }

    /** Her wellbeing; the mood score is null (its problem under {@link VisitInputs#MOOD}) when refused. */
    Wellbeing read(FieldReader fields) {
        Integer moodScore = fields.read(VisitInputs.MOOD, () -> new Wellbeing(Typed.whole("moodScreenScore", mood.get()),
                Set.of(), Set.of()).moodScore());
        return new Wellbeing(moodScore, Ticks.chosen(energy), Ticks.chosen(risks));
    }

    /** The total of the clinic's licensed mood screen (EPDS 0–30), never its items. */
    public StringProperty moodProperty() {
        return mood;
    }

    public BooleanProperty energySign(EnergySign sign) {
        return energy.get(sign);
    }

    public BooleanProperty riskFactor(RiskFactor factor) {
        return risks.get(factor);
    }
}
