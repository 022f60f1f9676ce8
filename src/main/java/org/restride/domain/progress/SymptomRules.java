package org.restride.domain.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.restride.domain.Numbers;

/**
 * Red flags, the symptom check of her current programme, and daily readiness, following CLINICAL.md's "Signals
 * that change the plan" and its pain model for pelvic or low-back pain: 0–3 carry on, 4–5 ease the load, above 5
 * stop that activity. Bone-stress pain is never acceptable; bleeding goes to her doctor or midwife.
 */
final class SymptomRules {
    static final int WATCH_PAIN_UP_TO = 3;
    static final int TOO_MUCH_PAIN_ABOVE = 5;

    private SymptomRules() {
    }

    static List<Reason> redFlags(Set<RedFlag> flags) {
        return Arrays.stream(RedFlag.values()).filter(flags::contains)
                .map(flag -> Reason.of(Rule.RED_FLAG, flag.clinicianPhrase(), flag.action()))
                .toList();
    }

    /**
     * The symptom check: not done is a Hold for progression; a load signal with exercise or new or worse steps her
     * back; a known, unchanged baseline symptom is tracked, never a step back at every visit (CLINICAL.md). Pain with
     * sex, difficulty emptying and a hanging abdomen are a Hold to assess in every context; bleeding and bone-stress
     * pain are routed the same whenever they happen.
     */
    static List<Reason> programme(SymptomCheck check) {
        if (!check.done()) {
            return List.of(Reason.of(Rule.SYMPTOM_CHECK_NOT_DONE, Phrase.of("verdict.subject.symptomCheck"),
                    Phrase.of("verdict.reason.symptomCheckNotDone")));
        }
        Set<PelvicSymptom> baseline = EnumSet.noneOf(PelvicSymptom.class);
        Set<PelvicSymptom> newOrWorse = EnumSet.noneOf(PelvicSymptom.class);
        Set<PelvicSymptom> active = EnumSet.noneOf(PelvicSymptom.class);
        for (PelvicSymptom s : check.symptoms()) {
            boolean routed = s == PelvicSymptom.BLEEDING || s == PelvicSymptom.BONE_STRESS_PAIN
                    || PelvicSymptom.ASSESS.contains(s); // the same answer whenever it happens
            SymptomContext context = check.contextOf(s);
            (routed || context == SymptomContext.WITH_EXERCISE ? active
                    : context == SymptomContext.BASELINE ? baseline : newOrWorse).add(s);
        }
        List<Reason> reasons = new ArrayList<>(signals(active, null));
        List<Phrase> worse = named(newOrWorse, EnumSet.allOf(PelvicSymptom.class));
        if (!worse.isEmpty()) {
            reasons.add(Reason.of(Rule.SYMPTOMS_IN_PROGRAMME, Phrase.of("verdict.subject.list", worse),
                    Phrase.of("verdict.reason.symptomsNewOrWorse", worse)));
        }
        List<Phrase> known = named(baseline, EnumSet.allOf(PelvicSymptom.class));
        if (!known.isEmpty()) {
            reasons.add(Reason.of(Rule.BASELINE_SYMPTOM, Phrase.of("verdict.subject.list", known),
                    Phrase.of("verdict.reason.baselineSymptom", known)));
        }
        reasons.addAll(pelvicPain(check.pain(), check.worseNextDay()));
        if (check.worseNextDay()) {
            reasons.add(Reason.of(Rule.WORSE_NEXT_DAY, Phrase.of("verdict.subject.nextDay"),
                    Phrase.of("verdict.reason.worseNextDay")));
        }
        return reasons;
    }

    /**
     * The reasons for symptoms noticed with her programme ({@code test} null) or during a readiness test (the
     * test's name). Load signals step her back in the programme and hold her in a test; the rest are routed by
     * what they mean, the same in both.
     */
    static List<Reason> signals(Set<PelvicSymptom> symptoms, String test) {
        List<Reason> reasons = new ArrayList<>();
        List<Phrase> load = named(symptoms, PelvicSymptom.LOAD_SIGNALS);
        if (!load.isEmpty()) {
            reasons.add(test == null
                    ? Reason.of(Rule.SYMPTOMS_IN_PROGRAMME, Phrase.of("verdict.subject.list", load),
                            Phrase.of("verdict.reason.symptomsInProgramme", load))
                    : Reason.of(Rule.SYMPTOMS_IN_TEST, test, Phrase.of("verdict.reason.symptomsInTest", load, test)));
        }
        List<Phrase> assess = named(symptoms, PelvicSymptom.ASSESS);
        if (!assess.isEmpty()) {
            reasons.add(Reason.of(Rule.SYMPTOMS_TO_ASSESS, Phrase.of("verdict.subject.list", assess),
                    Phrase.of("verdict.reason.symptomsToAssess", assess)));
        }
        if (symptoms.contains(PelvicSymptom.BONE_STRESS_PAIN)) {
            reasons.add(Reason.of(Rule.BONE_STRESS, PelvicSymptom.BONE_STRESS_PAIN.phrase(),
                    Phrase.of("verdict.reason.boneStress")));
        }
        if (symptoms.contains(PelvicSymptom.BLEEDING)) {
            reasons.add(Reason.of(Rule.BLEEDING, PelvicSymptom.BLEEDING.phrase(), Phrase.of("verdict.reason.bleeding")));
        }
        return reasons;
    }

    /**
     * Pelvic or low-back pain with her programme (CLINICAL.md pain model): 0–3 carry on and watch it; 4–5 that
     * settles, lower the dose within her phase; 4–5 worse the next morning, contact and assess; above 5 stop.
     */
    static List<Reason> pelvicPain(Integer pain, boolean worseNextMorning) {
        if (pain == null || pain <= WATCH_PAIN_UP_TO) {
            return List.of();
        }
        Phrase subject = PELVIC_PAIN;
        String score = String.valueOf(pain);
        return pain > TOO_MUCH_PAIN_ABOVE
                ? List.of(Reason.of(Rule.PAIN_TOO_MUCH, subject, Phrase.of("verdict.reason.pelvicPainHigh", score)))
                : worseNextMorning
                ? List.of(Reason.of(Rule.PELVIC_PAIN_WORSE_NEXT_MORNING, subject, Phrase.of("verdict.reason.pelvicPainWorse", score)))
                : List.of(Reason.of(Rule.PELVIC_PAIN_EASE, subject, Phrase.of("verdict.reason.pelvicPainMid", score)));
    }

    static final Phrase PELVIC_PAIN = Phrase.of("symptoms.signal.pelvic-pain");

    private static List<Phrase> named(Set<PelvicSymptom> symptoms, Set<PelvicSymptom> kind) {
        return Arrays.stream(PelvicSymptom.values()).filter(s -> kind.contains(s) && symptoms.contains(s))
                .map(PelvicSymptom::phrase).toList();
    }

    static List<Reason> dailyReadiness(DailyReadiness readiness) {
        List<Phrase> signs = new ArrayList<>();
        if (readiness.shortOfSleep()) {
            signs.add(Phrase.of("verdict.sign.sleep", Numbers.format(readiness.sleepHours()),
                    Numbers.format(readiness.usualSleepHours())));
        }
        if (readiness.highFatigue()) {
            signs.add(Phrase.of("verdict.sign.fatigue", String.valueOf(readiness.fatigue())));
        }
        if (readiness.lowHydration()) {
            signs.add(Phrase.of("verdict.sign.hydration"));
        }
        if (signs.isEmpty()) {
            return List.of();
        }
        return List.of(Reason.of(Rule.DAILY_READINESS, Phrase.of("verdict.subject.readiness"),
                Phrase.of("verdict.reason.dailyReadiness", signs)));
    }
}
