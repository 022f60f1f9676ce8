package org.restride.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.domain.Template;

/**
 * A card she can read in a minute (issue 11): a starting position and at most 4 short numbered steps, at most two
 * "stop or ease off" lines of her own exercise, and general lines said in one of a few standard sentences, so the
 * handout's shared box (a line said alike on 3 or more cards of a phase) prints each once. Emergency signs are
 * never softened (issue 12's PT review).
 */
class CardLimitsTest {
    private static final BuiltInLibrary LIBRARY = BuiltInLibrary.load();
    static final int MOST_STEPS = 5;
    static final int MOST_STEP_WORDS = 18;
    static final int MOST_WATCH_LINES = 2;
    static final int MOST_WATCH_WORDS = 20;

    /** The standard sentences a card uses where it needs a general line. */
    static final String LOAD = "Leaking, heaviness or pressure: make it lighter, smaller or slower. "
            + "If it keeps coming back, contact your {clinician}.";
    static final String NEXT_MORNING = "Leaking, heaviness or pain that comes back or is worse the next morning: contact your {clinician}.";
    static final String EMERGENCY = "Chest pain, dizziness, unusual breathlessness, or calf pain or "
            + "swelling: don't ease off; stop and get medical help straight away.";
    static final String IMPACT = "Leaking, heaviness or pressure: stop, go back one step, and tell your {clinician}.";
    static final String RUN = "Leaking, heaviness or pressure: stop running and walk. Tell your {clinician}.";
    static final String RUN_BONE = "Pain in your pelvis that feels deep and bony or wakes you at "
            + "night: stop running and contact your {clinician}.";
    static final String LIFT = "Leaking, pain, pressure or a ridge along the middle of your belly: go lighter, "
            + "or change your breath or speed.";
    static final String TEST = "Pain, heaviness, dragging or leaking: stop the test there, "
            + "note how far you got, and tell your {clinician}.";
    static final String SQUEEZE = "Pain while you squeeze: stop and tell your {clinician}.";
    static final List<String> STANDARD = List.of(LOAD, NEXT_MORNING, EMERGENCY, IMPACT, RUN, RUN_BONE, LIFT, TEST, SQUEEZE);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern CHEST_PAIN = Pattern.compile("chest pain", Pattern.CASE_INSENSITIVE);
    /** A dose note that only says again what the dose line prints beside it. */
    private static final Pattern REPEATS_THE_DOSE = Pattern.compile(
            "^(Aim for|Work at|Pick a weight at) effort \\d|^(Your )?target( is)?:? |work at effort \\d+ out of 10\\.?$",
            Pattern.CASE_INSENSITIVE);

    static int words(String line) {
        String text = PLACEHOLDER.matcher(line).replaceAll("x").strip();
        return text.isEmpty() ? 0 : text.split("\\s+").length;
    }

    /** The exercises whose cards a built-in template prints. */
    private static Set<Exercise> inTemplates() {
        Map<String, Exercise> byId = LIBRARY.exercisesById();
        Set<Exercise> used = new LinkedHashSet<>();
        for (Template t : LIBRARY.templates()) {
            t.phases().forEach(p -> p.items().forEach(i -> used.add(byId.get(i.exerciseId()))));
        }
        return used;
    }

    private static List<String> overLimits(Exercise e) {
        List<String> wrong = new ArrayList<>();
        if (e.steps().size() < 2 || e.steps().size() > MOST_STEPS) {
            wrong.add(e.id() + ": " + e.steps().size() + " steps (a start and 1 to 4 numbered)");
        }
        e.steps().stream().filter(s -> words(s) > MOST_STEP_WORDS)
                .forEach(s -> wrong.add(e.id() + ": step of " + words(s) + " words: " + s));
        if (e.watchFor().isEmpty() || e.watchFor().size() > MOST_WATCH_LINES) {
            wrong.add(e.id() + ": " + e.watchFor().size() + " stop lines");
        }
        e.watchFor().stream().filter(w -> words(w) > MOST_WATCH_WORDS)
                .forEach(w -> wrong.add(e.id() + ": stop line of " + words(w) + " words: " + w));
        return wrong;
    }

    @Test
    void everyBuiltInCardKeepsToTheLimits() {
        List<String> wrong = new ArrayList<>();
        LIBRARY.exercises().forEach(e -> wrong.addAll(overLimits(e)));
        assertEquals(List.of(), wrong);
        assertTrue(LIBRARY.exercises().size() >= 150, "cards: " + LIBRARY.exercises().size());
        assertTrue(inTemplates().size() >= 50, "cards the templates print: " + inTemplates().size());
    }

    @Test
    void aLineNamingChestPainIsTheStandardEmergencyLineOrSendsHerForHelpStraightAway() {
        List<String> wrong = new ArrayList<>();
        for (Exercise e : LIBRARY.exercises()) {
            e.watchFor().stream().filter(w -> CHEST_PAIN.matcher(w).find())
                    .filter(w -> !w.equals(EMERGENCY) && !w.contains("get medical help straight away"))
                    .forEach(w -> wrong.add(e.id() + ": " + w));
        }
        assertEquals(List.of(), wrong);
        assertTrue(inTemplates().stream().filter(e -> e.watchFor().contains(EMERGENCY)).count() >= 3);
    }

    /** General lines are said alike, so a phase's shared box catches them: at least 3 cards carry one in each phase. */
    @Test
    void everyStrengthImpactAndLiftPhaseSharesAStandardLineOnThreeCardsOrMore() {
        Map<String, Exercise> byId = LIBRARY.exercisesById();
        int checked = 0;
        for (Template t : LIBRARY.templates()) {
            for (Phase phase : t.phases()) {
                if (!Set.of(PhaseKind.STRENGTH, PhaseKind.IMPACT, PhaseKind.LIFT).contains(phase.kind())) {
                    continue;
                }
                long most = STANDARD.stream().mapToLong(line -> phase.items().stream().map(PhaseItem::exerciseId)
                        .map(byId::get).filter(e -> e.watchFor().contains(line)).count()).max().orElse(0);
                assertTrue(most >= 3, t.key() + " / " + phase.name() + ": " + most);
                checked++;
            }
        }
        assertTrue(checked >= 10, "phases: " + checked);
    }

    @Test
    void noDoseNoteOnlyRepeatsTheDose() {
        List<String> wrong = new ArrayList<>();
        LIBRARY.exercises().stream().filter(e -> e.defaultDosage().note() != null)
                .filter(e -> REPEATS_THE_DOSE.matcher(e.defaultDosage().note()).find())
                .forEach(e -> wrong.add(e.id() + ": " + e.defaultDosage().note()));
        for (Template t : LIBRARY.templates()) {
            t.phases().forEach(p -> p.items().stream().filter(i -> i.dosage().note() != null)
                    .filter(i -> REPEATS_THE_DOSE.matcher(i.dosage().note()).find())
                    .forEach(i -> wrong.add(t.key() + "/" + i.exerciseId() + ": " + i.dosage().note())));
        }
        assertEquals(List.of(), wrong);
    }

    /** The check itself: it counts words as she reads them and catches what it should. */
    @Test
    void theLimitsCatchALongCard() {
        assertEquals(5, words("Walk {common.word.onTheSpot} for 5 minutes."));
        assertTrue(REPEATS_THE_DOSE.matcher("Aim for effort 6 out of 10: you could do about 4 more.").find());
        assertTrue(REPEATS_THE_DOSE.matcher("Your target is 12 holds of 10 seconds. It is one of your checks.").find());
        assertTrue(STANDARD.stream().allMatch(line -> words(line) <= MOST_WATCH_WORDS));
    }
}
