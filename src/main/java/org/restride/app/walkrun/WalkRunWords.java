package org.restride.app.walkrun;

import java.util.List;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.walkrun.WalkRunTable;
import org.restride.domain.walkrun.WalkRunWarning;
import org.restride.domain.walkrun.WalkRunWeek;
import org.restride.text.Words;

/** A walk–run plan in words for the window: the table's headings and rows, and the warnings. */
public final class WalkRunWords {
    private final Words words;

    public WalkRunWords(Words words) {
        this.words = words;
    }

    public List<String> headers() {
        return List.of(WalkRunTable.Column.values()).stream()
                .map(c -> words.get("walkrun.column." + c.name())).toList();
    }

    /** Each week's cells, in the order of {@link #headers()}. */
    public List<List<String>> rows(WalkRunPlan plan) {
        return plan.table().rows().stream().map(this::row).toList();
    }

    public List<String> warnings(WalkRunPlan plan) {
        return plan.warnings().stream().map(this::warning).toList();
    }

    String warning(WalkRunWarning w) {
        return words.get("walkrun.warning." + w.kind().name(), w.week(), w.risePercent());
    }

    private List<String> row(WalkRunTable.Row row) {
        WalkRunWeek w = row.week();
        String run = w.isContinuous() ? words.get("walkrun.nonStop", words.duration(w.runSeconds()))
                : words.duration(w.runSeconds());
        String walk = w.isContinuous() ? words.get("walkrun.noWalk") : words.duration(w.walkSeconds());
        String note = row.backTo() == null ? "" : words.get("walkrun.backTo", row.backTo());
        return List.of(Integer.toString(w.week()), run, walk, Integer.toString(w.repeats()),
                Integer.toString(w.sessionsPerWeek()), words.duration(w.weeklyRunSeconds()), note);
    }
}
