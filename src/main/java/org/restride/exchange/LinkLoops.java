package org.restride.exchange;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restride.domain.Exercise;

/**
 * Harder and easier links that go round in a circle ("a" harder than "b", "b" harder than "a", or a longer loop):
 * no exercise of the loop can be the easier one, so a ladder built on them never ends. Each link is read as an
 * order, easier to harder: {@code harder} from an exercise, {@code easier} to it.
 */
final class LinkLoops {
    private LinkLoops() {
    }

    /** Two neighbours on a loop: {@code from} is easier than {@code to}, and {@code to} leads back to {@code from}. */
    record Loop(String from, String to) {
    }

    /**
     * The first loop through one of {@code starts}, among {@code exercises} (the library as it would be, the file's
     * version winning); loops among the exercises already there alone are not the file's doing and are left.
     */
    static Optional<Loop> find(Collection<Exercise> exercises, List<String> starts) {
        Map<String, List<String>> harder = new HashMap<>();
        for (Exercise e : exercises) {
            if (e.harderId() != null) {
                harder.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(e.harderId());
            }
            if (e.easierId() != null) {
                harder.computeIfAbsent(e.easierId(), id -> new ArrayList<>()).add(e.id());
            }
        }
        for (String start : starts) {
            Map<String, String> reachedFrom = new HashMap<>();
            Deque<String> next = new ArrayDeque<>(List.of(start));
            while (!next.isEmpty()) {
                String at = next.poll();
                for (String up : harder.getOrDefault(at, List.of())) {
                    if (up.equals(start)) {
                        return Optional.of(new Loop(start, firstStep(reachedFrom, start, at)));
                    }
                    if (reachedFrom.putIfAbsent(up, at) == null) {
                        next.add(up);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The exercise the loop reaches first from {@code start}, following the way back from {@code last}. */
    private static String firstStep(Map<String, String> reachedFrom, String start, String last) {
        String step = last;
        while (!start.equals(reachedFrom.getOrDefault(step, start))) {
            step = reachedFrom.get(step);
        }
        return step.equals(start) ? last : step;
    }
}
