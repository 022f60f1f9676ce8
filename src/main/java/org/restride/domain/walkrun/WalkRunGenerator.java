package org.restride.domain.walkrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a walk–run progression week by week, as CLINICAL.md describes it (Deering et al. and Christopher et al.,
 * BJSM 2024): weekly running time rises by about 10 % and never more when a step of that size exists; run
 * intervals move in 15-second steps (15, 30, 45 s…); bouts merge into fewer, longer ones at the same or a little
 * more running time (8 × 2.5 → 4 × 5 → 2 × 10 → 20 continuous), so the longest bout at most doubles in a week;
 * the walk break and the sessions a week stay as set. After a week with symptoms she goes back to the last
 * symptom-free week, and moves on from there.
 *
 * <p>Each week takes the shape with the most running time within the 10 % rise, preferring the same number of
 * bouts, then fewer. Only when no such shape exists (very short intervals, where one 15-second step is already
 * more than 10 %) does it take the smallest rise there is; {@link WalkRunPlan#warnings()} names that week.
 */
public final class WalkRunGenerator {
    /** The most weekly running time may rise from one week to the next. */
    public static final double WEEKLY_RISE_CAP = 0.10;
    public static final int MIN_GOAL_MINUTES = 5;
    public static final int MAX_GOAL_MINUTES = 90;
    /** Run intervals move in steps of this many seconds. */
    static final int STEP_SECONDS = 15;
    /** The longest bout grows at most this many times in one week. */
    static final int MAX_BOUT_GROWTH = 2;

    private WalkRunGenerator() {
    }

    /** The weeks from {@code start} until she runs {@code goalMinutes} without stopping (at most 104 weeks). */
    public static List<WalkRunWeek> generate(WalkRunWeek start, int goalMinutes, Set<Integer> weeksWithSymptoms) {
        return continueFrom(List.of(start), goalMinutes, weeksWithSymptoms);
    }

    /** Keeps the weeks given, and adds the weeks that follow the last of them. */
    public static List<WalkRunWeek> continueFrom(List<WalkRunWeek> sofar, int goalMinutes, Set<Integer> weeksWithSymptoms) {
        WalkRunPlan.checkGoal(goalMinutes);
        int goalSeconds = goalMinutes * 60;
        List<WalkRunWeek> weeks = new ArrayList<>(sofar);
        while (weeks.get(weeks.size() - 1).week() < WalkRunWeek.MAX_WEEKS) {
            WalkRunWeek last = weeks.get(weeks.size() - 1);
            if (weeksWithSymptoms.contains(last.week())) {
                weeks.add(lastSymptomFree(weeks, weeksWithSymptoms).asWeek(last.week() + 1, true));
            } else if (reachesGoal(last, goalMinutes)) {
                break;
            } else {
                weeks.add(next(last, goalSeconds));
            }
        }
        return List.copyOf(weeks);
    }

    public static boolean reachesGoal(WalkRunWeek week, int goalMinutes) {
        return week.isContinuous() && week.runSeconds() >= goalMinutes * 60;
    }

    /** The session of the latest week before the last one in which she had no symptoms; the first week if none. */
    static WalkRunWeek lastSymptomFree(List<WalkRunWeek> weeks, Set<Integer> weeksWithSymptoms) {
        for (int i = weeks.size() - 2; i >= 0; i--) {
            if (!weeksWithSymptoms.contains(weeks.get(i).week())) {
                return weeks.get(i);
            }
        }
        return weeks.get(0);
    }

    /** The week after {@code last}: the most running time within the rise allowed, in the fewest changes. */
    static WalkRunWeek next(WalkRunWeek last, int goalSeconds) {
        int run = last.runSeconds();
        int repeats = last.repeats();
        long total = last.sessionRunSeconds();
        long lowest = Math.min(total, goalSeconds);
        double highest = total >= goalSeconds ? total : Math.min(total * (1 + WEEKLY_RISE_CAP), goalSeconds);
        int[] best = null;
        long bestTotal = -1;
        int[] smallestRise = null;
        long smallestRiseTotal = Long.MAX_VALUE;
        for (int bouts = repeats; bouts >= 1; bouts--) {
            for (int bout : boutLengths(run)) {
                long newTotal = (long) bout * bouts;
                boolean unchanged = bout == run && bouts == repeats;
                if (unchanged || bouts > 1 && newTotal > Math.max(goalSeconds, total)) {
                    continue;
                }
                if (newTotal >= lowest && newTotal <= highest + 1e-9) {
                    if (newTotal > bestTotal || newTotal == bestTotal && best[1] != repeats) {
                        best = new int[] {bout, bouts};
                        bestTotal = newTotal;
                    }
                } else if (newTotal > total && newTotal < smallestRiseTotal) {
                    smallestRise = new int[] {bout, bouts};
                    smallestRiseTotal = newTotal;
                }
            }
        }
        int[] chosen = best != null ? best : smallestRise;
        int week = last.week() + 1;
        return chosen[1] == 1 ? WalkRunWeek.continuous(week, chosen[0], last.sessionsPerWeek())
                : WalkRunWeek.intervals(week, chosen[0], last.walkSeconds(), chosen[1], last.sessionsPerWeek());
    }

    /** The bout lengths a week may use: the current one, and 15-second steps above it up to twice as long. */
    private static List<Integer> boutLengths(int run) {
        List<Integer> lengths = new ArrayList<>();
        lengths.add(run);
        for (int bout = (run / STEP_SECONDS + 1) * STEP_SECONDS; bout <= MAX_BOUT_GROWTH * run
                && bout <= WalkRunWeek.MAX_RUN_SECONDS; bout += STEP_SECONDS) {
            lengths.add(bout);
        }
        return lengths;
    }
}
