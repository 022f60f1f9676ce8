package org.restride.ui.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.restride.app.Wording;
import org.restride.domain.measure.BuiltInMeasures;
import org.restride.domain.progress.HistoryEntry;
import org.restride.domain.progress.Reason;
import org.restride.domain.progress.Verdict;

/**
 * One line of the timeline as shown: the day, the kind of entry (for its coloured mark), a title and the lines
 * beneath it. A day's scores share one line.
 */
public record TimelineItem(LocalDate date, String kind, String title, List<String> lines) {
    /** How many of a visit's reasons the timeline lists before "and N more". */
    static final int REASONS_SHOWN = 3;

    public TimelineItem {
        lines = List.copyOf(lines);
    }

    /** The timeline newest first, with each day's scores together (built-in measures first, in their order). */
    static List<TimelineItem> of(List<HistoryEntry> oldestFirst, Wording wording) {
        List<TimelineItem> items = new ArrayList<>();
        List<HistoryEntry.ScoreEntry> day = new ArrayList<>();
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            HistoryEntry entry = oldestFirst.get(i);
            if (!day.isEmpty() && !(entry instanceof HistoryEntry.ScoreEntry && entry.date().equals(day.get(0).date()))) {
                items.add(scores(day, wording));
                day.clear();
            }
            if (entry instanceof HistoryEntry.ScoreEntry score) {
                day.add(score);
            } else {
                items.add(of(entry, wording));
            }
        }
        if (!day.isEmpty()) {
            items.add(scores(day, wording));
        }
        return items;
    }

    private static TimelineItem scores(List<HistoryEntry.ScoreEntry> day, Wording wording) {
        List<String> builtIn = BuiltInMeasures.KEYS;
        Comparator<HistoryEntry.ScoreEntry> order = Comparator.comparingInt((HistoryEntry.ScoreEntry s) -> {
            int at = builtIn.indexOf(s.measure().key());
            return at < 0 ? builtIn.size() : at;
        }).thenComparing(s -> s.measure().name());
        return new TimelineItem(day.get(0).date(), "score", wording.words().get("ui-history.scoresTitle"), day.stream().sorted(order)
                .map(s -> wording.say(s.title()) + ": " + wording.say(s.detail())).toList());
    }

    private static TimelineItem of(HistoryEntry entry, Wording wording) {
        List<String> lines = new ArrayList<>();
        String detail = wording.say(entry.detail());
        if (!detail.isEmpty()) {
            lines.add(detail);
        }
        String kind = "phase";
        if (entry instanceof HistoryEntry.VisitEntry visit) {
            Verdict verdict = visit.recorded().verdict();
            kind = verdict == null ? "visit" : verdict.status().key();
            if (verdict != null) {
                lines.add(wording.headline(verdict));
                lines.addAll(reasons(verdict, wording));
            }
            if (visit.recorded().visit().notes() != null) {
                lines.add(wording.words().get("ui-history.notes", visit.recorded().visit().notes()));
            }
        }
        if (entry instanceof HistoryEntry.OverrideEntry override) {
            kind = "override";
            override.covered().forEach(text -> lines.add(wording.words().get("ui-history.setAside", wording.say(text))));
        }
        return new TimelineItem(entry.date(), kind, wording.say(entry.title()), lines);
    }

    /** Red flags, then what held her back, the first few of them. */
    private static List<String> reasons(Verdict verdict, Wording wording) {
        List<Reason> shown = new ArrayList<>(verdict.redFlags());
        verdict.blocking().stream().filter(r -> !shown.contains(r)).forEach(shown::add);
        List<String> lines = new ArrayList<>();
        shown.stream().limit(REASONS_SHOWN).forEach(r -> lines.add("• " + wording.line(r)));
        if (shown.size() > REASONS_SHOWN) {
            lines.add(wording.words().get("ui-history.more", shown.size() - REASONS_SHOWN));
        }
        return lines;
    }
}
