package org.restride.domain.walkrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.restride.domain.Check;
import org.restride.domain.ValidationException;

/**
 * A patient's walk–run weeks toward a goal of running {@code goalMinutes} without stopping. The PT may edit any
 * week; the weeks after an edited one can be built again from it. Weeks are numbered 1, 2, 3… in order.
 */
public record WalkRunPlan(int goalMinutes, List<WalkRunWeek> weeks) {
    public WalkRunPlan {
        checkGoal(goalMinutes);
        weeks = List.copyOf(weeks == null ? List.of() : weeks);
        if (weeks.isEmpty()) {
            throw new ValidationException("weeks", "walkRun.noWeek");
        }
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).week() != i + 1) {
                throw new ValidationException("week", "walkRun.order", weeks.get(i).week(), i + 1);
            }
        }
    }

    static int checkGoal(int goalMinutes) {
        return Check.range("goalMinutes", goalMinutes, WalkRunGenerator.MIN_GOAL_MINUTES, WalkRunGenerator.MAX_GOAL_MINUTES);
    }

    /**
     * A plan from her starting point, such as 1 min run / 2 min walk × 8, three times a week.
     */
    public static WalkRunPlan generate(int runSeconds, int walkSeconds, int repeats, int sessionsPerWeek, int goalMinutes) {
        WalkRunWeek start = new WalkRunWeek(1, runSeconds, walkSeconds, repeats, sessionsPerWeek, false);
        return new WalkRunPlan(goalMinutes, WalkRunGenerator.generate(start, goalMinutes, Set.of()));
    }

    /**
     * The plan with one week replaced by the PT's edit (validated as it is built) and the weeks after it built
     * again from the edit. Weeks before it stay as they were.
     */
    public WalkRunPlan edit(WalkRunWeek edited) {
        return rebuildAfter(edited, Set.of());
    }

    /** She reported symptoms in this week: the week after goes back to her last symptom-free week, and moves on. */
    public WalkRunPlan symptomsIn(int week) {
        Check.range("week", week, 1, weeks.size());
        return rebuildAfter(weeks.get(week - 1), Set.of(week));
    }

    /** The plan aiming at another goal, rebuilt from the start week. */
    public WalkRunPlan withGoal(int newGoalMinutes) {
        return new WalkRunPlan(newGoalMinutes, WalkRunGenerator.generate(weeks.get(0), newGoalMinutes, Set.of()));
    }

    private WalkRunPlan rebuildAfter(WalkRunWeek week, Set<Integer> symptoms) {
        if (week.week() > weeks.size() + 1) {
            throw new ValidationException("week", "range", 1, weeks.size() + 1, week.week());
        }
        List<WalkRunWeek> sofar = new ArrayList<>(weeks.subList(0, week.week() - 1));
        sofar.add(week);
        return new WalkRunPlan(goalMinutes, WalkRunGenerator.continueFrom(sofar, goalMinutes, symptoms));
    }

    public boolean reachesGoal() {
        return WalkRunGenerator.reachesGoal(weeks.get(weeks.size() - 1), goalMinutes);
    }

    /** Where the PT's edits break the progression rules: for her to judge, never refused. */
    public List<WalkRunWarning> warnings() {
        List<WalkRunWarning> warnings = new ArrayList<>();
        for (int i = 1; i < weeks.size(); i++) {
            WalkRunWeek before = weeks.get(i - 1);
            WalkRunWeek week = weeks.get(i);
            double rise = (double) week.weeklyRunSeconds() / before.weeklyRunSeconds() - 1;
            if (rise > WalkRunGenerator.WEEKLY_RISE_CAP + 1e-9 && week.weeklyRunSeconds() > gentlestRise(before)) {
                warnings.add(new WalkRunWarning(WalkRunWarning.Kind.STEEP_RISE, week.week(), Math.round(rise * 100)));
            }
            if (changedThings(before, week) > 1) {
                warnings.add(new WalkRunWarning(WalkRunWarning.Kind.SEVERAL_CHANGES, week.week(), 0));
            }
            if (week.repeated() && weeks.subList(0, i).stream().noneMatch(week::sameSessionAs)) {
                warnings.add(new WalkRunWarning(WalkRunWarning.Kind.UNMATCHED_STEP_BACK, week.week(), 0));
            }
        }
        return warnings;
    }

    /**
     * The most weekly running time the week after {@code before} may have: a 10 % rise, or where no 30-second
     * shape rises that little (short bouts), the smallest rise there is.
     */
    private long gentlestRise(WalkRunWeek before) {
        WalkRunRoute.Shape shape = new WalkRunRoute.Shape(before.repeats(), before.runSeconds());
        int most = new WalkRunRoute(goalMinutes * 60).steps(shape, 1.0).stream()
                .mapToInt(WalkRunRoute.Shape::total).max().orElse(shape.total());
        return (long) most * before.sessionsPerWeek();
    }

    /**
     * How many of run, walk, repeats and sessions differ. Merging bouts into fewer, longer ones (walk breaks
     * dropped at the end) with the same walk and sessions is one change: the bout structure.
     */
    static int changedThings(WalkRunWeek before, WalkRunWeek after) {
        boolean merged = after.repeats() < before.repeats() && after.runSeconds() > before.runSeconds()
                && (after.isContinuous() || after.walkSeconds() == before.walkSeconds());
        if (merged && after.sessionsPerWeek() == before.sessionsPerWeek()) {
            return 1;
        }
        int changed = 0;
        changed += before.runSeconds() != after.runSeconds() ? 1 : 0;
        changed += before.walkSeconds() != after.walkSeconds() ? 1 : 0;
        changed += before.repeats() != after.repeats() ? 1 : 0;
        changed += before.sessionsPerWeek() != after.sessionsPerWeek() ? 1 : 0;
        return changed;
    }

    /** The weeks as the window's table shows them. */
    public WalkRunTable table() {
        return new WalkRunTable(weeks);
    }
}
