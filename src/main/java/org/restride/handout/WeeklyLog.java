package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Intensity;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.Shaded;
import org.restride.handout.layout.Spacer;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Table;

/**
 * Weeks to fill in by hand, two to a table: her current exercises against the days, planned days shaded with a box
 * to tick for each time a day, a load column for lifting, and rows for symptoms on the day and the next morning.
 * A second table (weeks 3 and 4) follows on the same page when it fits there.
 */
final class WeeklyLog {
    static final int WEEKS = 2;
    private static final int BLANK_ROWS = 6;

    private final Kit kit;
    private final HandoutRequest request;

    WeeklyLog(Kit kit, HandoutRequest request) {
        this.kit = kit;
        this.request = request;
    }

    /** The log, on a page of the body's {@code width} and {@code height}. */
    List<Block> blocks(float width, float height) {
        Typography type = kit.type();
        List<Phase> phases = request.roadmap().phases();
        int index = request.roadmap().currentPhase();
        Phase current = phases.isEmpty() ? null : phases.get(index);
        PlanRows plan = current == null ? null : new PlanRows(request, current, index);
        List<PhaseItem> items = plan == null ? List.of() : plan.rows();
        boolean load = current != null && (current.kind() == PhaseKind.LIFT
                || items.stream().anyMatch(i -> i.dosage().intensity() instanceof Intensity.Load));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new PageBreak());
        blocks.add(new Bookmark(kit.say("log.title")));
        List<Block> head = new ArrayList<>();
        head.add(kit.text(kit.say("log.title"), type.title()));
        if (current != null) {
            head.add(kit.text(kit.say("thisWeek.phase", index + 1, phases.size(), current.name()), type.bodyBold()));
        }
        boolean ladder = items.stream().anyMatch(i -> plan.after(i) != null);
        head.add(kit.text(kit.say(load ? "log.howLift" : "log.how") + (ladder ? " " + kit.say("log.howLater") : ""),
                type.body()));
        head.add(kit.text(kit.say("log.tiredDay"), type.body()));
        Block heading = new Stack(head, 4 * type.scale(), true);
        blocks.add(heading);
        blocks.add(kit.space(10));
        // The table may run on (its header repeats) rather than leave the heading alone at the foot of a page.
        Block first = fortnight(items, load, plan, 1);
        blocks.add(first);
        Block second = fortnight(items, load, plan, 1 + WEEKS);
        float gap = 8 * type.scale();
        if (heading.height(width) + 10 * type.scale() + first.height(width) + gap + second.height(width) <= height) {
            blocks.add(kit.space(8));
            blocks.add(second);
        } else {
            blocks.add(kit.space(6));
            blocks.add(kit.text(kit.say("log.copy"), type.body()));
        }
        return blocks;
    }

    private Block fortnight(List<PhaseItem> items, boolean load, PlanRows plan, int firstWeek) {
        Table table = table(items, load, plan);
        return new Stack(List.of(weekLabels(table, load, firstWeek), table), 0, false);
    }

    /** The columns of one week: a load column first when she lifts (the weight goes up week by week), then the days. */
    private static int weekColumns(boolean load) {
        return (load ? 1 : 0) + PlannedDays.DAYS;
    }

    private Table table(List<PhaseItem> items, boolean load, PlanRows plan) {
        Typography type = kit.type();
        float s = type.scale();
        List<Table.Column> columns = new ArrayList<>();
        List<Block> header = new ArrayList<>();
        columns.add(new Table.Column(128 * s, 0));
        header.add(kit.text(kit.say("log.col.exercise"), type.label()));
        List<String> days = new ThisWeek(kit, request, ExercisePictures.NONE).initials();
        for (int w = 0; w < WEEKS; w++) {
            if (load) {
                columns.add(new Table.Column(40 * s, 0));
                header.add(kit.text(kit.say("log.col.load"), type.label()));
            }
            for (String d : days) {
                columns.add(new Table.Column(0, 1));
                header.add(kit.text(d, type.dayLabel()));
            }
        }
        List<List<Block>> rows = new ArrayList<>();
        for (PhaseItem item : items) {
            var exercise = request.exercises().get(item.exerciseId());
            List<Block> row = new ArrayList<>();
            row.add(kit.text(exercise == null ? item.exerciseId() : kit.words().fill(exercise.name()), type.body()));
            boolean[] planned = PlannedDays.of(item.dosage().daysPerWeek());
            int times = item.dosage().timesPerDay() == null ? 1 : item.dosage().timesPerDay();
            boolean later = plan.after(item) != null;
            for (int w = 0; w < WEEKS; w++) {
                if (load) {
                    row.add(new Spacer(0));
                }
                for (boolean on : planned) {
                    // A later step of a ladder: boxes to tick once she adds it, on days not shaded as planned yet.
                    row.add(!on ? new Spacer(0) : later ? ticks(times)
                            : new Shaded(HandoutTheme.PLANNED, ticks(times), kit.say("day.planned")));
                }
            }
            rows.add(row);
        }
        for (int i = items.isEmpty() ? 0 : BLANK_ROWS; i < BLANK_ROWS; i++) {
            rows.add(blankRow(new Spacer(0), load));
        }
        rows.add(blankRow(kit.text(kit.say("log.row.symptoms"), type.bodyBold()), load));
        rows.add(blankRow(kit.text(kit.say("log.row.nextMorning"), type.bodyBold()), load));
        Table.Look look = new Table.Look(3 * s, 24 * s, HandoutTheme.PRIMARY_TINT, HandoutTheme.RULE, 0.7f);
        return new Table(columns, header, rows, look);
    }

    private List<Block> blankRow(Block first, boolean load) {
        List<Block> row = new ArrayList<>();
        row.add(first);
        for (int i = 1; i < 1 + WEEKS * weekColumns(load); i++) {
            row.add(new Spacer(0));
        }
        return row;
    }

    /** As many boxes to tick as times a day, one under the other. */
    private Block ticks(int times) {
        float box = 9 * kit.type().scale();
        float gap = 3 * kit.type().scale();
        return new Drawing(times * box + (times - 1) * gap, (c, x, top, w, h) -> {
            for (int i = 0; i < times; i++) {
                c.tickBox(x + (w - box) / 2, top - box - i * (box + gap), box, HandoutTheme.INK);
            }
        });
    }

    /** "Week 1 starting ____" over the first week's columns, "Week 2 starting ____" over the next. */
    private Block weekLabels(Table table, boolean load, int firstWeek) {
        var style = kit.type().label();
        String[] labels = new String[WEEKS];
        String[] short_ = new String[WEEKS];
        for (int w = 0; w < WEEKS; w++) {
            labels[w] = kit.say("log.weekStarting", firstWeek + w);
            short_[w] = kit.say("log.week", firstWeek + w);
        }
        int week = weekColumns(load);
        return new Drawing(style.leading() + 2, (c, x, top, width, h) -> {
            float[] widths = table.widths(width);
            float left = x + widths[0];
            for (int w = 0; w < WEEKS; w++) {
                float span = 0;
                for (int d = 0; d < week; d++) {
                    span += widths[1 + w * week + d];
                }
                String label = c.width(labels[w], style) <= span - 6 ? labels[w] : short_[w];
                c.text(label, style, left + 2, top - style.baselineBelowTop());
                c.line(left, top - h, left + span - 3, top - h, HandoutTheme.INK, 1.2f);
                left += span;
            }
        });
    }
}
