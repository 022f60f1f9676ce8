package org.restride.domain.walkrun;

import java.util.List;

/** The walk–run weeks as table rows: each week with, after symptoms, the earlier week she went back to. */
public record WalkRunTable(List<WalkRunWeek> weeks) {
    /** The table's columns, in order; their headings are words for the layer above. */
    public enum Column { WEEK, RUN, WALK, REPEATS, SESSIONS, RUNNING_A_WEEK, NOTE }

    /** One week; {@code backTo} is the week it repeats after symptoms, or null for a week that moves on. */
    public record Row(WalkRunWeek week, Integer backTo) {
    }

    public WalkRunTable {
        weeks = List.copyOf(weeks);
    }

    public List<Row> rows() {
        return weeks.stream().map(w -> new Row(w, w.repeated() ? backTo(w) : null)).toList();
    }

    /** For a week after symptoms, the latest earlier week with the same session: the one she went back to. */
    private int backTo(WalkRunWeek w) {
        for (int i = w.week() - 2; i >= 0; i--) {
            if (i < weeks.size() && weeks.get(i).sameSessionAs(w)) {
                return weeks.get(i).week();
            }
        }
        return w.week() - 1;
    }
}
