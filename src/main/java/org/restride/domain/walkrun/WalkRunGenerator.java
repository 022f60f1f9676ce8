package org.restride.domain.walkrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a walk–run progression week by week, as CLINICAL.md describes it (Deering et al. and Christopher et al.,
 * BJSM 2024): weekly running time rises by about 10 % and never more when a step of that size exists; run
 * bouts move in 30-second steps, so every time she reads is whole minutes or half minutes (issue 11); bouts
 * merge into fewer, longer ones (8 × 2.5 → 4 × 5 → 2 × 10 → 20 continuous), so the longest bout at most doubles
 * in a week; the walk break and the sessions a week stay as set. After a week with symptoms she goes back to
 * the last symptom-free week, and moves on from there as before.
 *
 * <p>The weeks follow the shortest route to the goal ({@link WalkRunRoute}). Only where no 30-second shape rises
 * within 10 % (short bouts: one step on every bout is already more) does a week take the smallest rise there is;
 * {@link WalkRunPlan#warnings()} names that week.
 */
public final class WalkRunGenerator {
    /** The most weekly running time may rise from one week to the next. */
    public static final double WEEKLY_RISE_CAP = 0.10;
    public static final int MIN_GOAL_MINUTES = 5;
    public static final int MAX_GOAL_MINUTES = 90;
    /** Run intervals move in steps of this many seconds. */
    static final int STEP_SECONDS = 30;
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
        WalkRunRoute route = new WalkRunRoute(goalSeconds);
        while (weeks.get(weeks.size() - 1).week() < WalkRunWeek.MAX_WEEKS) {
            WalkRunWeek last = weeks.get(weeks.size() - 1);
            if (weeksWithSymptoms.contains(last.week())) {
                weeks.add(lastSymptomFree(weeks, weeksWithSymptoms).asWeek(last.week() + 1, true));
            } else if (reachesGoal(last, goalMinutes)) {
                break;
            } else {
                weeks.add(next(last, route));
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

    /** The week after {@code last}: the next shape on the route, with the same walk break and sessions. */
    static WalkRunWeek next(WalkRunWeek last, WalkRunRoute route) {
        WalkRunRoute.Shape chosen = route.next(new WalkRunRoute.Shape(last.repeats(), last.runSeconds()));
        int week = last.week() + 1;
        return chosen.bouts() == 1 ? WalkRunWeek.continuous(week, chosen.run(), last.sessionsPerWeek())
                : WalkRunWeek.intervals(week, chosen.run(), last.walkSeconds(), chosen.bouts(), last.sessionsPerWeek());
    }
}
