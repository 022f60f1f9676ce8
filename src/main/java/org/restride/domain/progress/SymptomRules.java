package org.restride.domain.progress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.restride.domain.Numbers;

/** Red flags, the symptom check of her current programme, and daily readiness. */
final class SymptomRules {
    static final int ACCEPTABLE_PAIN = 3;
    static final int TOO_MUCH_PAIN = 5;

    private SymptomRules() {
    }

    static List<Reason> redFlags(Set<RedFlag> flags) {
        return Arrays.stream(RedFlag.values()).filter(flags::contains)
                .map(flag -> Reason.of(Rule.RED_FLAG, flag.label(), flag.label()
                        + ": stop exercise and refer her for medical assessment now. This is not a dose to adjust."))
                .toList();
    }

    static List<Reason> programme(SymptomCheck check) {
        List<Reason> reasons = new ArrayList<>();
        List<PelvicSymptom> pelvic = Arrays.stream(PelvicSymptom.values())
                .filter(s -> s != PelvicSymptom.BLEEDING && check.symptoms().contains(s)).toList();
        if (!pelvic.isEmpty()) {
            String names = sentenceList(pelvic);
            reasons.add(Reason.of(Rule.SYMPTOMS_IN_PROGRAMME, names, names + " with her current exercises: this phase's "
                    + "load is above capacity now. Ease it (lighter, fewer, slower, more rest, or the previous phase's "
                    + "work) until it settles."));
        }
        if (check.symptoms().contains(PelvicSymptom.BLEEDING)) {
            reasons.add(Reason.of(Rule.SYMPTOMS_IN_PROGRAMME, PelvicSymptom.BLEEDING.label(), "Bleeding that is new, "
                    + "increasing, or continuing after 8 weeks (not a period): ease off and ask her doctor or midwife "
                    + "to check it."));
        }
        reasons.addAll(pain("Pelvic or back pain", p -> "Pelvic or back pain " + p + "/10", check.pain(), Rule.PAIN_ACCEPTABLE,
                "acceptable (4–5/10) if it settles by the next morning. Keep the load, and watch the next day."));
        if (check.worseNextDay()) {
            reasons.add(Reason.of(Rule.WORSE_NEXT_DAY, "Next-day response", "Symptoms worse the morning after exercise: "
                    + "the load was more than her body handles now. Reduce it."));
        }
        return reasons;
    }

    /**
     * Pain above 5/10 steps back; 4–5/10 gives the {@code middleRule} with its words; 0–3/10 says nothing. The
     * {@code score} words say the pain, such as "Pain 4/10 during hop in place".
     */
    static List<Reason> pain(String subject, IntFunction<String> score, Integer pain, Rule middleRule, String middleWords) {
        if (pain == null || pain <= ACCEPTABLE_PAIN) {
            return List.of();
        }
        String scored = score.apply(pain);
        if (pain > TOO_MUCH_PAIN) {
            return List.of(Reason.of(Rule.PAIN_TOO_MUCH, subject, scored + ": above 5/10 is too much. Ease the load."));
        }
        return List.of(Reason.of(middleRule, subject, scored + ": " + middleWords));
    }

    static List<Reason> dailyReadiness(DailyReadiness readiness) {
        List<String> signs = new ArrayList<>();
        if (readiness.shortOfSleep()) {
            signs.add(Numbers.format(readiness.sleepHours()) + " h sleep");
        }
        if (readiness.highFatigue()) {
            signs.add("fatigue " + readiness.fatigue() + "/10");
        }
        if (readiness.lowHydration()) {
            signs.add("low hydration");
        }
        if (signs.isEmpty()) {
            return List.of();
        }
        String text = capitalise(joinWithAnd(signs)) + ": her body tolerates less load today. Scale today's session "
                + "down (fewer sets or rounds, an easier version, more rest). This does not change her phase.";
        return List.of(Reason.of(Rule.DAILY_READINESS, "Daily readiness", text));
    }

    /** "Leaking and heaviness or pressure". */
    static String sentenceList(List<PelvicSymptom> symptoms) {
        return capitalise(joinWithAnd(symptoms.stream().map(s -> s.label().toLowerCase()).toList()));
    }

    static String joinWithAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return parts.subList(0, parts.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + parts.get(parts.size() - 1);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
