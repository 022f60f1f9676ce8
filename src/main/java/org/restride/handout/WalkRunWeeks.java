package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.walkrun.WalkRunWeek;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Table;
import org.restride.handout.layout.TextStyle;

/**
 * Her walk–run weeks as one table that is also her log: a row a week (run, walk, rounds), and per session a box
 * to tick and a cell for symptoms 0–10. The rule for moving on is printed once; the last row is her goal. It
 * prints in the first running phase, in place of the walk–run exercise cards.
 */
final class WalkRunWeeks {
    private static final int MOST_SESSIONS = 4;

    private final Kit kit;
    private final WalkRunPlan plan;

    WalkRunWeeks(Kit kit, WalkRunPlan plan) {
        this.kit = kit;
        this.plan = plan;
    }

    /** Whether the plan prints in this phase: there is one, and this is the roadmap's first running phase. */
    static boolean printsIn(HandoutRequest request, int index) {
        if (request.walkRun() == null) {
            return false;
        }
        List<Phase> phases = request.roadmap().phases();
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).kind() == PhaseKind.RUN) {
                return i == index;
            }
        }
        return false;
    }

    /** The library's walk–run interval exercises, which the table replaces where it prints. */
    static boolean isWalkRunCard(String exerciseId) {
        return exerciseId.startsWith("run-walk-run-") || exerciseId.contains("-walk-run");
    }

    List<Block> blocks() {
        Typography type = kit.type();
        Block intro = Stack.together(4 * type.scale(),
                kit.text(kit.say("walkRun.title"), type.cardTitle().withColour(HandoutTheme.PRIMARY)),
                kit.text(kit.say("walkRun.how", plan.goalMinutes()), type.body()),
                kit.text(kit.say("walkRun.rule"), type.bodyBold()));
        return List.of(intro, kit.space(8), table());
    }

    private Table table() {
        Typography type = kit.type();
        float s = type.scale();
        int sessions = Math.min(MOST_SESSIONS, plan.weeks().stream().mapToInt(WalkRunWeek::sessionsPerWeek).max().orElse(1));
        List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column(44 * s, 0), new Table.Column(0, 1.2f),
                new Table.Column(0, 1), new Table.Column(56 * s, 0)));
        List<Block> header = new ArrayList<>(List.of(kit.text(kit.say("walkRun.col.week"), type.label()),
                kit.text(kit.say("walkRun.col.run"), type.label()), kit.text(kit.say("walkRun.col.walk"), type.label()),
                kit.text(kit.say("walkRun.col.rounds"), type.label())));
        for (int i = 1; i <= sessions; i++) {
            columns.add(new Table.Column(62 * s, 0));
            header.add(kit.text(kit.say("walkRun.col.session", i), type.label()));
        }
        List<List<Block>> rows = new ArrayList<>();
        List<WalkRunWeek> weeks = plan.weeks();
        for (int w = 0; w < weeks.size(); w++) {
            WalkRunWeek week = weeks.get(w);
            boolean goal = w == weeks.size() - 1 && plan.reachesGoal();
            TextStyle style = goal ? type.bodyBold() : type.body();
            List<Block> row = new ArrayList<>();
            row.add(kit.text(goal ? kit.say("walkRun.goalWeek", week.week()) : Integer.toString(week.week()), style));
            row.add(kit.text(week.isContinuous() ? kit.say("walkRun.nonStop", kit.words().duration(week.runSeconds()))
                    : kit.words().duration(week.runSeconds()), style));
            row.add(kit.text(week.isContinuous() ? "\u2013" : kit.words().duration(week.walkSeconds()), style));
            row.add(kit.text(week.isContinuous() ? "1" : Integer.toString(week.repeats()), style));
            for (int i = 1; i <= sessions; i++) {
                row.add(i <= week.sessionsPerWeek() ? session(type.small()) : kit.text("", type.small()));
            }
            rows.add(row);
        }
        Table.Look look = new Table.Look(4 * s, 24 * s, HandoutTheme.PRIMARY_TINT, HandoutTheme.RULE, 0.7f);
        return new Table(columns, header, rows, look);
    }

    /** A box to tick and "__/10" for symptoms. */
    private Block session(TextStyle small) {
        float box = 12 * kit.type().scale();
        String out = kit.say("walkRun.outOf10");
        TextStyle style = small.withColour(HandoutTheme.MUTED);
        return new Drawing(box, (c, x, top, w, h) -> {
            c.tickBox(x, top - box, box, HandoutTheme.MUTED);
            float tx = x + w - c.width(out, style);
            c.line(x + box + 4, top - box + 1, tx - 2, top - box + 1, HandoutTheme.RULE, 0.7f);
            c.text(out, style, tx, top - box + 2);
        });
    }
}
