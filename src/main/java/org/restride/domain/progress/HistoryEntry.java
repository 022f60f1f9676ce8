package org.restride.domain.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.measure.OutcomeMeasure;

/**
 * One line of a patient's history timeline: a visit, a phase change, an override, a score, or the start of a
 * roadmap. Each says its date, a short title and a detail line, as phrases the text layer puts into words.
 */
public sealed interface HistoryEntry permits HistoryEntry.RoadmapStarted, HistoryEntry.VisitEntry,
        HistoryEntry.ScoreEntry, HistoryEntry.OverrideEntry, HistoryEntry.PhaseEntry {
    /** Oldest first; on one day: roadmap, visit, its scores, its overrides, then the phase change it led to. */
    Comparator<HistoryEntry> TIMELINE_ORDER = Comparator.comparing(HistoryEntry::date)
            .thenComparingInt(HistoryEntry::sameDayOrder);

    /** No detail line. */
    Phrase NONE = Phrase.of("history.none");

    LocalDate date();

    Phrase title();

    /** The detail line; {@link #NONE} when there is none. */
    Phrase detail();

    int sameDayOrder();

    record RoadmapStarted(LocalDate date, long roadmapId, String roadmapTitle, String firstPhaseName)
            implements HistoryEntry {
        @Override
        public Phrase title() {
            return Phrase.of("history.roadmapStarted", roadmapTitle);
        }

        @Override
        public Phrase detail() {
            return firstPhaseName == null ? NONE : Phrase.of("history.firstPhase", firstPhaseName);
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
        public Phrase title() {
            return recorded.verdict() == null ? Phrase.of("history.visit")
                    : Phrase.of("history.visitWithVerdict", Phrase.of("labels.Status." + recorded.verdict().status().name()));
        }

        @Override
        public Phrase detail() {
            return NONE;
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
        public Phrase title() {
            return Phrase.literal(measure.name());
        }

        @Override
        public Phrase detail() {
            return Phrase.of("history.score", measure.describe(score.value()), measure.rangeWords());
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
        public Phrase title() {
            return Phrase.of("history.override", rule.phrase());
        }

        @Override
        public Phrase detail() {
            return Phrase.of("history.reason", reason);
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
        public Phrase title() {
            return change.describe();
        }

        @Override
        public Phrase detail() {
            return change.note() == null ? NONE : Phrase.literal(change.note());
        }

        @Override
        public int sameDayOrder() {
            return 4;
        }
    }
}
