package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.progress.TestRules;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Stack;

/** Her handout for now: the phases she has done as a line each, and the next phase as a short preview. */
final class PhaseLines {
    private final Kit kit;
    private final HandoutRequest request;

    PhaseLines(Kit kit, HandoutRequest request) {
        this.kit = kit;
        this.request = request;
    }

    List<Block> blocks() {
        Typography type = kit.type();
        List<Phase> phases = request.roadmap().phases();
        int current = request.roadmap().currentPhase();
        List<Block> blocks = new ArrayList<>();
        if (current > 0) {
            List<Block> lines = new ArrayList<>();
            lines.add(kit.text(kit.say("past.title"), type.section()));
            for (int i = 0; i < current; i++) {
                // Only the first, gentle phase makes a warm-up; a strength phase is done and left behind.
                String line = phases.get(i).kind() == PhaseKind.FOUNDATION ? "past.lineWarmUp" : "past.line";
                lines.add(kit.bullet(kit.say(line, i + 1, phases.get(i).name()), type.body(), HandoutTheme.PRIMARY));
            }
            blocks.add(new Stack(lines, 4 * type.scale(), true));
        }
        if (current + 1 < phases.size()) {
            Phase next = phases.get(current + 1);
            List<Block> lines = new ArrayList<>();
            lines.add(kit.text(kit.say("next.title", current + 2, next.name()), type.section()));
            lines.add(kit.text(kit.say("next.when", kit.words().weeksInSentence(next.weeks())), type.muted()));
            if (next.purpose() != null) {
                lines.add(kit.text(firstSentence(kit.words().fill(next.purpose())), type.body()));
            }
            List<String> needed = next.exitCriteria().stream().filter(c -> !TestRules.isStrengthTest(c))
                    .map(kit.words()::checklistLine).toList();
            List<String> strength = next.exitCriteria().stream().filter(TestRules::isStrengthTest)
                    .map(kit.words()::checklistLine).toList();
            if (!needed.isEmpty()) {
                boolean last = current + 2 == phases.size();
                lines.add(kit.text(kit.say(last ? "next.testsLast" : "next.tests", kit.words().list(needed)), type.body()));
            }
            if (!strength.isEmpty()) {
                lines.add(kit.text(kit.say("next.strength", kit.words().list(strength)), type.body()));
            }
            Box.Look look = Box.Look.plain(8 * type.scale(), null, HandoutTheme.RULE);
            blocks.add(new Box(new Stack(lines, 4 * type.scale(), true), look, true));
        }
        return blocks;
    }

    /** The first sentence of a purpose, so the preview stays short. */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
