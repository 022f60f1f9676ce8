package org.restride.domain.progress;

import java.util.Comparator;
import java.util.List;
import org.restride.domain.Check;

/**
 * What a visit says about the current phase, with every reason behind it. The status is the most urgent effect of
 * any reason, so one red flag makes the whole verdict "stop and refer" however good the rest looks. Reasons are
 * listed most urgent first; overridden and advisory reasons stay in the list.
 */
public record Verdict(List<Reason> reasons, int phaseIndex, String phaseName, Integer nextPhaseIndex,
                      String nextPhaseName) {
    public Verdict {
        reasons = reasons == null ? List.of() : reasons.stream()
                .sorted(Comparator.comparing((Reason r) -> r.rule().leadsTo()).reversed()
                        .thenComparing(r -> r.isOverridden() ? 1 : 0))
                .toList();
        Check.range("phase", phaseIndex, 0, 1000);
        phaseName = Check.text("phaseName", phaseName, 120);
        if ((nextPhaseIndex == null) != (nextPhaseName == null)) {
            throw new IllegalArgumentException("the next phase needs both its number and its name");
        }
    }

    public Status status() {
        Status status = Status.READY;
        for (Reason reason : reasons) {
            if (reason.effect().isMoreUrgentThan(status)) {
                status = reason.effect();
            }
        }
        return status;
    }

    /** Red flags, to be shown apart and prominently. */
    public List<Reason> redFlags() {
        return reasons.stream().filter(r -> r.rule() == Rule.RED_FLAG).toList();
    }

    /** Reasons that hold her back now. */
    public List<Reason> blocking() {
        return reasons.stream().filter(Reason::blocks).toList();
    }

    /** Reasons the PT set aside, with her typed reasons. */
    public List<Reason> overridden() {
        return reasons.stream().filter(Reason::isOverridden).toList();
    }

    /** Advice that never blocks: where strength work should go, acceptable pain, today's readiness. */
    public List<Reason> advice() {
        return reasons.stream().filter(r -> r.rule().isAdvice()).toList();
    }

    public boolean hasNextPhase() {
        return nextPhaseIndex != null;
    }

    /** Whether accepting this verdict moves her on to the next phase. */
    public boolean canProgress() {
        return status() == Status.READY && hasNextPhase();
    }

    /** Whether poor sleep, high fatigue or low hydration mean today's session should be scaled down. */
    public boolean scaleTodaysLoad() {
        return reasons.stream().anyMatch(r -> r.rule() == Rule.DAILY_READINESS);
    }

    /** One line for the top of the verdict panel: {@code verdict.headline.<status>}, with the phase names. */
    public Phrase headline() {
        String status = status() == Status.READY && !hasNextPhase() ? "ready-last" : status().key();
        return Phrase.of("verdict.headline." + status, phaseName, nextPhaseName == null ? "" : nextPhaseName);
    }
}
