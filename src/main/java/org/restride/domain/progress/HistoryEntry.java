package org.restride.domain.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.measure.OutcomeMeasure;

/**
 * One line of a patient's history timeline: a visit, a phase change, an override, a score, or the start of a
 * roadmap. Each says its date, a short title and a detail line.
 */
public sealed interface HistoryEntry permits HistoryEntry.RoadmapStarted, HistoryEntry.VisitEntry,
        HistoryEntry.ScoreEntry, HistoryEntry.OverrideEntry, HistoryEntry.PhaseEntry {
    /** Oldest first; on one day: roadmap, visit, its scores, its overrides, then the phase change it led to. */
    Comparator<HistoryEntry> TIMELINE_ORDER = Comparator.comparing(HistoryEntry::date)
            .thenComparingInt(HistoryEntry::sameDayOrder);

    LocalDate date();

    String title();

    String detail();

    int sameDayOrder();

    record RoadmapStarted(LocalDate date, long roadmapId, String roadmapTitle, String firstPhaseName)
            implements HistoryEntry {
        @Override
        public String title() {
            return "Roadmap started: " + roadmapTitle;
        }

        @Override
        public String detail() {
            return firstPhaseName == null ? "" : "First phase: \"" + firstPhaseName + "\"";
        }

        @Override
        public int sameDayOrder() {
            return 0;
        }
    }

    record VisitEntry(RecordedVisit recorded) implements HistoryEntry {
        @Override
        public LocalDate date() {
            return recorded.visit().date();
        }

        @Override
        public String title() {
            return recorded.verdict() == null ? "Visit" : "Visit: " + recorded.verdict().status().label();
        }

        @Override
        public String detail() {
            return "";
        }

        @Override
        public int sameDayOrder() {
            return 1;
        }
    }

    record ScoreEntry(OutcomeMeasure measure, MeasureScore score) implements HistoryEntry {
        @Override
        public LocalDate date() {
            return score.date();
        }

        @Override
        public String title() {
            return measure.name();
        }

        @Override
        public String detail() {
            return measure.describe(score.value()) + " of " + measure.rangeWords();
        }

        @Override
        public int sameDayOrder() {
            return 2;
        }
    }

    /** The PT set a rule aside: what (the rule and the reasons it covered) and why (her typed reason). */
    record OverrideEntry(LocalDate date, long visitId, Rule rule, String reason, List<Phrase> covered)
            implements HistoryEntry {
        public OverrideEntry {
            covered = List.copyOf(covered);
        }

        @Override
        public String title() {
            return "Override: " + rule.label();
        }

        @Override
        public String detail() {
            return "Reason: " + reason;
        }

        @Override
        public int sameDayOrder() {
            return 3;
        }
    }

    record PhaseEntry(PhaseChange change) implements HistoryEntry {
        @Override
        public LocalDate date() {
            return change.date();
        }

        @Override
        public String title() {
            return change.describe();
        }

        @Override
        public String detail() {
            return change.note() == null ? "" : change.note();
        }

        @Override
        public int sameDayOrder() {
            return 4;
        }
    }
}
