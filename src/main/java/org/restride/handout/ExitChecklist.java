package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;
import org.restride.domain.progress.TestRules;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.ColumnFlow;
import org.restride.handout.layout.Role;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Tagged;

/** "You are ready for the next phase when…": a box to tick per check, strength goals apart. */
final class ExitChecklist {
    private ExitChecklist() {
    }

    /** Tick boxes as a list; four or more in two columns, read down the left, then the right. */
    private static Block ticks(Kit kit, List<Block> ticks, boolean narrow) {
        float scale = kit.type().scale();
        return narrow || ticks.size() < 4 ? kit.list(ticks, 4) : new Tagged(Role.L, new ColumnFlow(ticks, 12 * scale, 4 * scale));
    }

    /** "You are ready for the next phase when…" with a box to tick per test. */
    static Block of(Kit kit, HandoutRequest request, int index, Phase phase) {
        return of(kit, request, index, phase, false);
    }

    /** As above; {@code narrow} when it stands in a column of its own, its boxes then one under the other. */
    static Block of(Kit kit, HandoutRequest request, int index, Phase phase, boolean narrow) {
        Typography type = kit.type();
        boolean last = index == request.roadmap().phases().size() - 1;
        List<Block> lines = new ArrayList<>();
        if (phase.exitCriteria().isEmpty()) {
            lines.add(kit.text(kit.say(last ? "exit.decideFinish" : "exit.decideNext"), type.body()));
        } else {
            lines.add(kit.text(kit.say(last ? "exit.finishedWhen" : "exit.readyWhen"),
                    type.cardTitle().withColour(HandoutTheme.PRIMARY)));
            List<Block> ticks = new ArrayList<>();
            List<Block> strength = new ArrayList<>();
            for (Criterion criterion : phase.exitCriteria()) {
                (TestRules.isStrengthTest(criterion) ? strength : ticks)
                        .add(kit.tickItem(kit.words().checklistLine(criterion), type.body()));
            }
            if (!ticks.isEmpty()) {
                lines.add(ticks(kit, ticks, narrow));
            }
            if (!strength.isEmpty()) {
                lines.add(kit.text(kit.say("exit.strength"), type.bodyBold()));
                lines.add(ticks(kit, strength, narrow));
            }
            lines.add(kit.text(kit.say("exit.painFree"), type.note()));
        }
        Box.Look look = Box.Look.plain(8 * type.scale(), HandoutTheme.PRIMARY_TINT, null);
        return new Box(new Stack(lines, 4 * type.scale(), true), look, true);
    }
}
