package org.restride.domain.progress;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Check;

/**
 * The one catalogue of what a symptom means, by when it happens (CLINICAL.md, "Signals that change the plan" and
 * "Pain model"): during an exercise and it settles, ease off (the four P's: lower the dose or change the strategy);
 * in daily life, coming back, new or worse, or worse next morning, contact the PT; bleeding, her doctor or
 * midwife; a warning sign, medical care now; bone-stress pain, stop impact and be checked. The handout's symptoms
 * page, the visit form and the verdict all name symptoms with the same keys ({@link PelvicSymptom#phrase()},
 * {@link RedFlag#phrase()}); the words live in {@code text/<language>/symptoms.properties}, where
 * {@code {clinician}} stands for the clinic's word for the PT.
 */
public final class SymptomGuide {
    /** The bands, calmest first. */
    public enum Level { FINE, EASE_OFF, CONTACT_US, MEDICAL_NOW }

    /** What the plan asks of her, which decides the lines that apply. */
    public record Plan(boolean running, boolean lifting, boolean impact, boolean caesarean) {
    }

    /** One band: its heading, an optional line saying when it applies, and its entries in order. */
    public record Band(Level level, Phrase title, Phrase when, List<Phrase> entries) {
        public Band {
            Check.present("band", level);
            Check.present("bandTitle", title);
            entries = List.copyOf(entries);
        }
    }

    private SymptomGuide() {
    }

    public static List<Band> forPlan(boolean running, boolean lifting, boolean impact, boolean caesarean) {
        return forPlan(new Plan(running, lifting, impact, caesarean));
    }

    /** The four bands, FINE, EASE_OFF, CONTACT_US and MEDICAL_NOW, with only the lines that fit this plan. */
    public static List<Band> forPlan(Plan plan) {
        return List.of(fine(), easeOff(plan), contactUs(plan), medicalNow(plan));
    }

    private static Band fine() {
        return band(Level.FINE, null, List.of(key("fine.worked"), key("fine.musclePain"), key("fine.pelvicPain"),
                key("fine.tired")));
    }

    private static Band easeOff(Plan plan) {
        List<Phrase> entries = new ArrayList<>();
        entries.add(key("easeOff.loadSignals"));
        if (plan.lifting()) {
            entries.add(key("easeOff.lifting"));
        }
        if (plan.impact() || plan.running()) {
            entries.add(key("easeOff.impact"));
        }
        if (plan.running()) {
            entries.add(key("easeOff.running"));
        }
        entries.add(key("easeOff.musclePain"));
        entries.add(key("easeOff.pelvicPain"));
        entries.add(key("easeOff.painHigh"));
        return band(Level.EASE_OFF, key("easeOff.when"), entries);
    }

    private static Band contactUs(Plan plan) {
        List<Phrase> entries = new ArrayList<>();
        for (PelvicSymptom symptom : PelvicSymptom.values()) {
            if (symptom != PelvicSymptom.BLEEDING && symptom != PelvicSymptom.BONE_STRESS_PAIN) {
                entries.add(symptom.phrase());
            }
        }
        entries.add(key("contactUs.pelvicPain"));
        entries.add(key("contactUs.boneStress" + (plan.running() || plan.impact() ? "Impact" : "")));
        entries.add(key("contactUs.bleeding"));
        return band(Level.CONTACT_US, key("contactUs.when"), entries);
    }

    private static Band medicalNow(Plan plan) {
        List<Phrase> entries = new ArrayList<>();
        for (RedFlag flag : RedFlag.values()) {
            // Thoughts of self-harm are named once, in the same-day line with its own urgency, not as a bullet too.
            if ((plan.caesarean() || !flag.caesareanOnly()) && flag != RedFlag.SELF_HARM_THOUGHTS) {
                entries.add(flag.phrase());
            }
        }
        entries.add(key("medicalNow.sameDay"));
        return band(Level.MEDICAL_NOW, key("medicalNow.when"), entries);
    }

    private static Band band(Level level, Phrase when, List<Phrase> entries) {
        return new Band(level, Phrase.of("symptoms.band." + level.name().toLowerCase().replace('_', '-')), when, entries);
    }

    private static Phrase key(String name) {
        return Phrase.of("symptoms." + name);
    }
}
