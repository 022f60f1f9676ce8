package org.restride.domain.walkrun;

import java.util.List;

/** The walk–run weeks as printable rows: a header and, per week, cells in plain words. */
public record WalkRunTable(List<WalkRunWeek> weeks) {
    public static final List<String> HEADERS = List.of("Week", "Run", "Walk", "Repeats", "Sessions a week",
            "Running a week", "Note");

    public WalkRunTable {
        weeks = List.copyOf(weeks);
    }

    public List<String> headers() {
        return HEADERS;
    }

    public List<List<String>> rows() {
        return weeks.stream().map(w -> row(w, backTo(w))).toList();
    }

    /** For a week after symptoms, the latest earlier week with the same session: the one she went back to. */
    private int backTo(WalkRunWeek w) {
        for (int i = w.week() - 2; i >= 0 && w.repeated(); i--) {
            if (i < weeks.size() && weeks.get(i).sameSessionAs(w)) {
                return weeks.get(i).week();
            }
        }
        return w.week() - 1;
    }

    static List<String> row(WalkRunWeek w, int backToWeek) {
        String run = w.isContinuous() ? Durations.words(w.runSeconds()) + " without stopping" : Durations.words(w.runSeconds());
        String walk = w.isContinuous() ? "none" : Durations.words(w.walkSeconds());
        String note = w.repeated() ? "Same as week " + backToWeek + ": back to it while symptoms settle" : "";
        return List.of(Integer.toString(w.week()), run, walk, Integer.toString(w.repeats()),
                Integer.toString(w.sessionsPerWeek()), Durations.words(w.weeklyRunSeconds()), note);
    }
}
