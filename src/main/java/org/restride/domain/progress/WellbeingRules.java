package org.restride.domain.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.restride.domain.Numbers;

/**
 * Advice from the mood and energy checks, the diastasis cut-off and her risk factors (CLINICAL.md, Also ask about;
 * Diastasis recti; Risk factors). Advice only: none of these blocks progress on its own. A self-harm answer is a red
 * flag, handled with the others.
 */
final class WellbeingRules {
    private WellbeingRules() {
    }

    /** EPDS 10 or more possible depression, 13 or more probable: advice to the PT. */
    static List<Reason> mood(Wellbeing wellbeing) {
        Integer score = wellbeing.moodScore();
        if (score == null || score < Wellbeing.POSSIBLE_DEPRESSION) {
            return List.of();
        }
        String key = score >= Wellbeing.PROBABLE_DEPRESSION ? "verdict.reason.moodProbable" : "verdict.reason.moodPossible";
        return List.of(Reason.of(Rule.MOOD, Phrase.of("verdict.subject.mood"), Phrase.of(key, String.valueOf(score))));
    }

    /** Any sign of low energy availability: advice, with the bone-stress risk it brings. */
    static List<Reason> energy(Wellbeing wellbeing) {
        List<Phrase> signs = Arrays.stream(EnergySign.values()).filter(wellbeing.energy()::contains)
                .map(EnergySign::phrase).toList();
        if (signs.isEmpty()) {
            return List.of();
        }
        return List.of(Reason.of(Rule.ENERGY_AVAILABILITY, Phrase.of("verdict.subject.energy"),
                Phrase.of("verdict.reason.energy", signs)));
    }

    /** A gap at or above the common palpation cut-off of 2 finger-widths, shown as advice. */
    static List<Reason> diastasisCutOff(List<DiastasisMeasurement> measured) {
        double widest = measured.stream().filter(m -> m.method() == DiastasisMeasurement.Method.FINGER_WIDTHS)
                .mapToDouble(DiastasisMeasurement::value).max().orElse(0);
        if (widest < DiastasisMeasurement.FINGER_WIDTH_CUT_OFF) {
            return List.of();
        }
        return List.of(Reason.of(Rule.DIASTASIS_CUT_OFF, Phrase.of("verdict.subject.diastasis"),
                Phrase.of("verdict.reason.diastasisCutOff", Numbers.format(widest))));
    }

    /** Her risk factors (and high fatigue today), listed when she is in or entering impact, running or lifting. */
    static List<Reason> riskFactors(Wellbeing wellbeing, DailyReadiness readiness) {
        List<Phrase> factors = new ArrayList<>(Arrays.stream(RiskFactor.values()).filter(wellbeing.risks()::contains)
                .map(RiskFactor::phrase).toList());
        if (readiness.highFatigue()) {
            factors.add(Phrase.of("verdict.risk.high-fatigue"));
        }
        if (factors.isEmpty()) {
            return List.of();
        }
        return List.of(Reason.of(Rule.RISK_FACTORS, Phrase.of("verdict.subject.riskFactors"),
                Phrase.of("verdict.reason.riskFactors", factors)));
    }
}
