package org.restride.domain.walkrun;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest weeks from one session to the goal, each week one change from the last: bouts that grow in
 * 30-second steps (at most twice as long), or fewer, longer bouts (a merge). A week's running time rises by
 * 10 % at most; only when no shape rises within that (short bouts, where one 30-second step on every bout is
 * already more) does a week take the smallest rise there is. Running time never falls, and an interval session
 * never runs longer than the goal (or than it already does).
 */
final class WalkRunRoute {
    /** A session's shape: how many bouts and how long each one runs. */
    record Shape(int bouts, int run) {
        int total() {
            return bouts * run;
        }
    }

    /** The step after each shape on the route, kept so a week repeated after symptoms moves on as before. */
    private final Map<Shape, Shape> after = new HashMap<>();
    private final int goalSeconds;

    WalkRunRoute(int goalSeconds) {
        this.goalSeconds = goalSeconds;
    }

    /** The shape after {@code from} on a shortest route to the goal. */
    Shape next(Shape from) {
        if (!after.containsKey(from)) {
            List<Shape> route = search(from, 1.0);
            if (route == null) {
                // No merge lands exactly on the running time she has: let an interval session run a little over.
                route = search(from, 1 + WalkRunGenerator.WEEKLY_RISE_CAP);
            }
            for (int i = 0; i + 1 < route.size(); i++) {
                after.putIfAbsent(route.get(i), route.get(i + 1));
            }
        }
        return after.get(from);
    }

    private boolean reached(Shape shape) {
        return shape.bouts() == 1 && shape.run() >= goalSeconds;
    }

    private List<Shape> search(Shape from, double overGoal) {
        Map<Shape, Shape> before = new HashMap<>();
        before.put(from, from);
        Deque<Shape> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            Shape shape = queue.poll();
            if (reached(shape) && !shape.equals(from)) {
                List<Shape> route = new ArrayList<>();
                for (Shape s = shape; !s.equals(from); s = before.get(s)) {
                    route.add(0, s);
                }
                route.add(0, from);
                return route;
            }
            for (Shape step : steps(shape, overGoal)) {
                if (before.putIfAbsent(step, shape) == null) {
                    queue.add(step);
                }
            }
        }
        return null;
    }

    /** The shapes a week may take after {@code shape}. */
    List<Shape> steps(Shape shape, double overGoal) {
        int total = shape.total();
        double cap = Math.min(total * (1 + WalkRunGenerator.WEEKLY_RISE_CAP), Math.max(goalSeconds, total));
        List<Shape> within = new ArrayList<>();
        List<Shape> rising = new ArrayList<>();
        boolean risesWithin = false;
        for (int bouts = shape.bouts(); bouts >= 1; bouts--) {
            for (int run : boutLengths(shape.run())) {
                Shape step = new Shape(bouts, run);
                long newTotal = (long) bouts * run;
                if (step.equals(shape) || newTotal < Math.min(total, goalSeconds)
                        || bouts > 1 && newTotal > Math.max(goalSeconds, total) * overGoal) {
                    continue;
                }
                if (newTotal <= cap + 1e-9) {
                    within.add(step);
                    risesWithin |= newTotal > total;
                } else if (newTotal > total) {
                    rising.add(step);
                }
            }
        }
        if (!risesWithin && !rising.isEmpty()) {
            int smallest = rising.stream().mapToInt(Shape::total).min().orElseThrow();
            rising.stream().filter(s -> s.total() == smallest).forEach(within::add);
        }
        return within;
    }

    /** The current bout and the 30-second steps above it up to twice as long (a bout under 15 s doubles). */
    static List<Integer> boutLengths(int run) {
        List<Integer> lengths = new ArrayList<>();
        int step = WalkRunGenerator.STEP_SECONDS;
        int first = (run / step + 1) * step;
        if (first > WalkRunGenerator.MAX_BOUT_GROWTH * run) {
            lengths.add(WalkRunGenerator.MAX_BOUT_GROWTH * run);
        }
        for (int bout = first; bout <= WalkRunGenerator.MAX_BOUT_GROWTH * run && bout <= WalkRunWeek.MAX_RUN_SECONDS;
                bout += step) {
            lengths.add(bout);
        }
        return lengths;
    }
}
