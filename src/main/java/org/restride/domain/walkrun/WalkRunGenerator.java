package org.restride.domain.walkrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds a walk–run progression week by week (Deering et al. and Christopher et al., BJSM 2024): each week changes
 * one thing (the run interval, or the walk break), weekly running time rises by at most 10 % over the week before
 * (sessions a week stay as they are), and a week in which she reported symptoms is repeated before moving on.
 *
 * <p>The order is volume before intensity: run intervals lengthen until one session holds the goal's running time;
 * on the way, a walk break longer than the run shortens by 30 s every other week, to no less than the run. Then
 * the walk breaks shrink by 30 s a week, and the last step drops them: the goal's running time, now without stopping.
 */
public final class WalkRunGenerator {
    /** The most weekly running time may rise from one week to the next. */
    public static final double WEEKLY_RISE_CAP = 0.10;
    public static final int MIN_GOAL_MINUTES = 5;
    public static final int MAX_GOAL_MINUTES = 90;
    static final int WALK_STEP_SECONDS = 30;
    private static final int[] ROUNDINGS = {60, 30, 15, 5, 1};

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
                weeks.add(last.asWeek(last.week() + 1, true));
            } else if (reachesGoal(last, goalMinutes)) {
                break;
            } else {
                weeks.add(next(last, lastChangeWasWalk(weeks), goalSeconds));
            }
        }
        return List.copyOf(weeks);
    }

    public static boolean reachesGoal(WalkRunWeek week, int goalMinutes) {
        return week.isContinuous() && week.runSeconds() >= goalMinutes * 60;
    }

    static WalkRunWeek next(WalkRunWeek last, boolean lastChangeWasWalk, int goalSeconds) {
        int run = last.runSeconds();
        int walk = last.walkSeconds();
        int repeats = last.repeats();
        int sessions = last.sessionsPerWeek();
        int week = last.week() + 1;
        if (last.sessionRunSeconds() >= goalSeconds) {
            int shorterBreak = (walk - 1) / WALK_STEP_SECONDS * WALK_STEP_SECONDS;
            if (shorterBreak == 0) {
                return WalkRunWeek.continuous(week, goalSeconds, sessions);
            }
            return WalkRunWeek.intervals(week, run, shorterBreak, repeats, sessions);
        }
        int shorterWalk = Math.max(walk - WALK_STEP_SECONDS, roundUp(run, 15));
        if (shorterWalk < walk && !lastChangeWasWalk) {
            return WalkRunWeek.intervals(week, run, shorterWalk, repeats, sessions);
        }
        return new WalkRunWeek(week, longerRun(run, repeats, goalSeconds), walk, repeats, sessions, false);
    }

    /** The run interval raised by at most 10 %, as round as possible, and no further than the goal needs. */
    static int longerRun(int run, int repeats, int goalSeconds) {
        int limit = run * 11 / 10;
        int enough = roundUp(ceilDiv(goalSeconds, repeats), 5);
        if (enough <= limit) {
            return enough;
        }
        for (int rounding : ROUNDINGS) {
            int candidate = limit / rounding * rounding;
            if (candidate > run) {
                return candidate;
            }
        }
        throw new IllegalStateException("a run of " + run + " s cannot be lengthened by 10 %");
    }

    private static boolean lastChangeWasWalk(List<WalkRunWeek> weeks) {
        WalkRunWeek last = weeks.get(weeks.size() - 1);
        for (int i = weeks.size() - 2; i >= 0; i--) {
            WalkRunWeek before = weeks.get(i);
            if (!before.sameSessionAs(last)) {
                return before.walkSeconds() != last.walkSeconds();
            }
        }
        return true; // nothing has changed yet: start with running time, volume before intensity
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static int roundUp(int value, int step) {
        return ceilDiv(value, step) * step;
    }
}
