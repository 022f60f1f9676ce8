package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.walkrun.WalkRunPlan;
import org.restride.domain.walkrun.WalkRunTable;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Table;

/** Her walk–run weeks as a table, printed in the first running phase of the roadmap. */
final class WalkRunWeeks {
    static final String TITLE = "Your walk–run weeks";

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

    List<Block> blocks() {
        Typography type = kit.type();
        Block intro = Stack.together(4 * type.scale(),
                kit.text(TITLE, type.cardTitle().withColour(HandoutTheme.PRIMARY)),
                kit.text("Each session: run, then walk, and repeat as many times as the week says. Your goal is "
                        + plan.goalMinutes() + " minutes of running without stopping.", type.body()),
                kit.text("Move on to the next week when this one felt good: no leaking, heaviness or pain during the "
                        + "run or the next day. If it did not, do the week again.", type.body()));
        return List.of(intro, kit.space(8), table());
    }

    private Table table() {
        Typography type = kit.type();
        float s = type.scale();
        List<Table.Column> columns = List.of(new Table.Column(40 * s, 0), new Table.Column(0, 1.3f),
                new Table.Column(0, 1), new Table.Column(54 * s, 0), new Table.Column(64 * s, 0), new Table.Column(0, 1),
                new Table.Column(0, 1.6f));
        WalkRunTable printed = plan.table();
        List<Block> header = printed.headers().stream().map(h -> (Block) kit.text(h, type.label())).toList();
        List<List<Block>> rows = new ArrayList<>();
        for (List<String> row : printed.rows()) {
            rows.add(row.stream().map(cell -> (Block) kit.text(cell, type.body())).toList());
        }
        Table.Look look = new Table.Look(5 * s, 22 * s, HandoutTheme.PRIMARY_TINT, HandoutTheme.RULE, 0.7f);
        return new Table(columns, header, rows, look);
    }
}
