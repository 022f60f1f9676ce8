package org.restride.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.restride.domain.DeliveryType;
import org.restride.domain.Exercise;
import org.restride.domain.ImpactLevel;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.Patient;
import org.restride.domain.PhaseKind;

/**
 * The timeline flags (CLINICAL.md): running is not advised before 12 weeks postnatal (Goom 2019); after a
 * caesarean, nothing heavier than the baby for about 6 weeks and high-effort exercise (running, jumping, heavy
 * weights) from 3–4 months (HSE Ireland). Each looks at the current phase and the next one.
 */
final class TimelineRules {
    static final int RUNNING_FROM_WEEK = 12;
    static final int LOADING_AFTER_CAESAREAN_FROM_WEEK = 6;
    static final int HIGH_EFFORT_AFTER_CAESAREAN_FROM_MONTH = 3;

    private static final Set<PhaseKind> LOADING = EnumSet.of(PhaseKind.STRENGTH, PhaseKind.IMPACT, PhaseKind.RUN, PhaseKind.LIFT);
    private static final Set<PhaseKind> HIGH_EFFORT = EnumSet.of(PhaseKind.IMPACT, PhaseKind.RUN, PhaseKind.LIFT);

    private TimelineRules() {
    }

    static List<Reason> check(Patient patient, LocalDate on, PhaseKind current, PhaseKind next) {
        Set<PhaseKind> kinds = EnumSet.of(current);
        if (next != null) {
            kinds.add(next);
        }
        int weeks = patient.weeksPostpartum(on);
        List<Reason> reasons = new ArrayList<>();
        if (kinds.contains(PhaseKind.RUN) && weeks < RUNNING_FROM_WEEK) {
            reasons.add(Reason.of(Rule.RUNNING_BEFORE_12_WEEKS, TIMELINE,
                    Phrase.of("verdict.reason.runningBefore12Weeks", weeks)));
        }
        if (patient.deliveryType() != DeliveryType.CAESAREAN) {
            return reasons;
        }
        if (kinds.stream().anyMatch(LOADING::contains) && weeks < LOADING_AFTER_CAESAREAN_FROM_WEEK) {
            reasons.add(Reason.of(Rule.LOADING_SOON_AFTER_CAESAREAN, CAESAREAN,
                    Phrase.of("verdict.reason.loadingAfterCaesarean", weeks)));
        }
        boolean beforeThreeMonths = on.isBefore(patient.deliveryDate().plusMonths(HIGH_EFFORT_AFTER_CAESAREAN_FROM_MONTH));
        if (kinds.stream().anyMatch(HIGH_EFFORT::contains) && beforeThreeMonths) {
            reasons.add(Reason.of(Rule.HIGH_EFFORT_BEFORE_3_MONTHS_AFTER_CAESAREAN, CAESAREAN,
                    Phrase.of("verdict.reason.highEffortAfterCaesarean", weeks)));
        }
        return reasons;
    }

    /**
     * CLINICAL.md, Timeline: before 12 weeks only low-level impact (heel drops, stamping, marching); jog on the spot,
     * hops, bounds and jumps wait. Keyed on each exercise's impact level, so any phase is caught, the clinic's own
     * too: an exercise above LOW in the current or the next phase before week 12 is a Hold the PT may override.
     */
    static List<Reason> highImpact(Patient patient, LocalDate on, Phase current, Phase next,
                                   Function<String, Exercise> exercises) {
        int weeks = patient.weeksPostpartum(on);
        if (weeks >= RUNNING_FROM_WEEK) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (Phase phase : next == null ? List.of(current) : List.of(current, next)) {
            for (PhaseItem item : phase.items()) {
                Exercise exercise = exercises.apply(item.exerciseId());
                if (exercise != null && exercise.impact().compareTo(ImpactLevel.LOW) > 0 && !names.contains(exercise.name())) {
                    names.add(exercise.name());
                }
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        return List.of(Reason.of(Rule.HIGH_IMPACT_BEFORE_12_WEEKS, TIMELINE,
                Phrase.of("verdict.reason.highImpactBefore12Weeks", weeks,
                names.stream().map(n -> (Object) Phrase.literal(n)).toList())));
    }

    /**
     * CLINICAL.md, "Also ask about": when she is in or about to enter impact, running or lifting, advice from what
     * is stored: breastfeeding (feed or express first, a supportive bra, extra fluid and food; bone-stress risk
     * with low energy availability), and a 3rd or 4th degree tear or an assisted birth (ask about bowel symptoms;
     * confirm a pelvic-floor assessment before impact). Advice: it never blocks.
     */
    /** In or entering impact, running or lifting. */
    static boolean loading(PhaseKind current, PhaseKind next) {
        return HIGH_EFFORT.contains(current) || next != null && HIGH_EFFORT.contains(next);
    }

    static List<Reason> beforeLoading(Patient patient, PhaseKind current, PhaseKind next) {
        if (!loading(current, next)) {
            return List.of();
        }
        List<Reason> reasons = new ArrayList<>();
        if (patient.breastfeeding()) {
            reasons.add(Reason.of(Rule.BREASTFEEDING, Phrase.of("verdict.subject.breastfeeding"),
                    Phrase.of("verdict.reason.breastfeeding", training(next != null && HIGH_EFFORT.contains(next) ? next : current))));
        }
        Integer tear = patient.perinealTearGrade();
        if (tear != null && tear >= 3 || patient.deliveryType() == DeliveryType.ASSISTED_VAGINAL) {
            reasons.add(Reason.of(Rule.TEAR_OR_ASSISTED_BIRTH, Phrase.of("verdict.subject.birth"),
                    Phrase.of("verdict.reason.tearOrAssistedBirth")));
        }
        return reasons;
    }

    /** What she does in a loading phase, for advice worded for her plan (feed before running, or before lifting). */
    private static Phrase training(PhaseKind kind) {
        return Phrase.of("verdict.training." + switch (kind) {
            case RUN -> "run";
            case LIFT -> "lift";
            default -> "impact";
        });
    }

    static final Phrase TIMELINE = Phrase.of("verdict.subject.timeline");
    static final Phrase CAESAREAN = Phrase.of("verdict.subject.caesarean");
}
