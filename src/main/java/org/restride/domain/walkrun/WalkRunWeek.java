package org.restride.domain.walkrun;

import org.restride.domain.Check;
import org.restride.domain.ValidationException;

/**
 * One week of a walk–run progression: each session is "run, then walk" repeated a number of times, done a number
 * of sessions a week. A single repeat with no walk is a continuous run; walk breaks and repeats go together.
 * {@code repeated} marks a week that goes back to an earlier, symptom-free week because she reported symptoms.
 */
public record WalkRunWeek(int week, int runSeconds, int walkSeconds, int repeats, int sessionsPerWeek, boolean repeated) {
    public static final int MAX_WEEKS = 104;
    public static final int MAX_RUN_SECONDS = 120 * 60;
    public static final int MAX_WALK_SECONDS = 30 * 60;

    public WalkRunWeek {
        Check.range("week", week, 1, MAX_WEEKS);
        Check.range("runSeconds", runSeconds, 10, MAX_RUN_SECONDS);
        Check.range("walkSeconds", walkSeconds, 0, MAX_WALK_SECONDS);
        Check.range("repeats", repeats, 1, 50);
        Check.range("sessionsPerWeek", sessionsPerWeek, 1, 7);
        if (repeats == 1 && walkSeconds != 0) {
            throw new ValidationException("walkSeconds", "walkRun.noBreak", walkSeconds);
        }
        if (repeats > 1 && walkSeconds == 0) {
            throw new ValidationException("walkSeconds", "walkRun.break", repeats);
        }
    }

    /** A week of intervals: run, walk, repeats, sessions a week. */
    public static WalkRunWeek intervals(int week, int runSeconds, int walkSeconds, int repeats, int sessionsPerWeek) {
        return new WalkRunWeek(week, runSeconds, walkSeconds, repeats, sessionsPerWeek, false);
    }

    public static WalkRunWeek continuous(int week, int runSeconds, int sessionsPerWeek) {
        return new WalkRunWeek(week, runSeconds, 0, 1, sessionsPerWeek, false);
    }

    public boolean isContinuous() {
        return repeats == 1;
    }

    public double runMinutes() {
        return runSeconds / 60.0;
    }

    public double walkMinutes() {
        return walkSeconds / 60.0;
    }

    public int sessionRunSeconds() {
        return runSeconds * repeats;
    }

    public int weeklyRunSeconds() {
        return sessionRunSeconds() * sessionsPerWeek;
    }

    /** Running time over the whole week, in minutes. */
    public double totalRunMinutes() {
        return weeklyRunSeconds() / 60.0;
    }

    /** The same session in another week. */
    public WalkRunWeek asWeek(int newWeek, boolean isRepeat) {
        return new WalkRunWeek(newWeek, runSeconds, walkSeconds, repeats, sessionsPerWeek, isRepeat);
    }

    /** Whether she does the same running, walking and repeats as in the other week. */
    public boolean sameSessionAs(WalkRunWeek other) {
        return runSeconds == other.runSeconds && walkSeconds == other.walkSeconds && repeats == other.repeats
                && sessionsPerWeek == other.sessionsPerWeek;
    }
}
