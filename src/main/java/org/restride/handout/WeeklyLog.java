package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.Spacer;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Table;

/** A week to fill in by hand: the current phase's exercises against the days, with tick boxes and symptoms. */
final class WeeklyLog {
    static final String TITLE = "Your weekly log";
    private static final List<String> DAYS = List.of("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
    private static final int BLANK_ROWS = 6;

    private final Kit kit;
    private final HandoutRequest request;

    WeeklyLog(Kit kit, HandoutRequest request) {
        this.kit = kit;
        this.request = request;
    }

    List<Block> blocks() {
        Typography type = kit.type();
        List<Phase> phases = request.roadmap().phases();
        Phase current = phases.isEmpty() ? null : phases.get(request.roadmap().currentPhase());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new PageBreak());
        blocks.add(new Bookmark(TITLE));
        blocks.add(kit.text(TITLE, type.title()));
        blocks.add(kit.space(8));
        if (current != null) {
            blocks.add(kit.text("Phase " + (request.roadmap().currentPhase() + 1) + ": " + current.name(), type.bodyBold()));
            blocks.add(kit.space(4));
        }
        blocks.add(kit.text("Week starting: ____________________", type.body()));
        blocks.add(kit.space(4));
        blocks.add(kit.text("Tick a box on each day you do the exercise. In the last column, note any leaking, "
                + "heaviness, pressure, doming or pain (0 to 10).", type.body()));
        blocks.add(kit.space(12));
        blocks.add(table(current));
        blocks.add(kit.space(20));
        blocks.add(Stack.together(0, kit.text("Questions for your next visit", type.section()), writeInLines(3)));
        return blocks;
    }

    private Table table(Phase current) {
        Typography type = kit.type();
        float s = type.scale();
        List<Table.Column> columns = new ArrayList<>();
        columns.add(new Table.Column(0, 1));
        DAYS.forEach(d -> columns.add(new Table.Column(27 * s, 0)));
        columns.add(new Table.Column(112 * s, 0));
        List<Block> header = new ArrayList<>();
        header.add(kit.text("Exercise", type.label()));
        DAYS.forEach(d -> header.add(kit.text(d, type.label())));
        header.add(kit.text("How it felt", type.label()));
        List<List<Block>> rows = new ArrayList<>();
        List<PhaseItem> items = current == null ? List.of() : current.items();
        for (PhaseItem item : items) {
            var exercise = request.exercises().get(item.exerciseId());
            rows.add(row(kit.text(exercise == null ? item.exerciseId() : exercise.name(), type.body()), true));
        }
        for (int i = items.isEmpty() ? 0 : BLANK_ROWS; i < BLANK_ROWS; i++) {
            rows.add(row(new Spacer(0), true));
        }
        rows.add(row(kit.text("Hours of sleep", type.body().withColour(HandoutTheme.MUTED)), false));
        rows.add(row(kit.text("Energy: low, OK or good", type.body().withColour(HandoutTheme.MUTED)), false));
        Table.Look look = new Table.Look(5 * s, 28 * s, HandoutTheme.PRIMARY_TINT, HandoutTheme.RULE, 0.7f);
        return new Table(columns, header, rows, look);
    }

    private List<Block> row(Block first, boolean ticks) {
        List<Block> cells = new ArrayList<>();
        cells.add(first);
        float box = 13 * kit.type().scale();
        for (int i = 0; i < DAYS.size(); i++) {
            cells.add(ticks ? new Drawing(box, (c, x, top, w, h) -> c.tickBox(x + (w - box) / 2, top - box, box,
                    HandoutTheme.MUTED)) : new Spacer(0));
        }
        cells.add(new Spacer(0));
        return cells;
    }

    private Block writeInLines(int count) {
        float spacing = 30 * kit.type().scale();
        return new Drawing(spacing * count, (c, x, top, w, h) -> {
            for (int i = 1; i <= count; i++) {
                c.line(x, top - i * spacing, x + w, top - i * spacing, HandoutTheme.RULE, 0.8f);
            }
        });
    }
}
