package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Criterion;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.TextStyle;

/** A phase on its own pages: what it is for, its exercise cards, and the checklist for moving on. */
final class PhaseSection {
    /** The first phase shares a page with a short run-over of the first page rather than leave it nearly blank. */
    private static final float FIRST_PHASE_BREAK = 0.3f;

    private final Kit kit;
    private final HandoutRequest request;
    private final ExerciseCard cards;
    private final List<String> warnings;

    PhaseSection(Kit kit, HandoutRequest request, ExerciseCard cards, List<String> warnings) {
        this.kit = kit;
        this.request = request;
        this.cards = cards;
        this.warnings = warnings;
    }

    static String bookmark(int index, Phase phase) {
        return "Phase " + (index + 1) + ": " + phase.name();
    }

    List<Block> blocks(int index) {
        Typography type = kit.type();
        Phase phase = request.roadmap().phases().get(index);
        List<Block> opening = new ArrayList<>();
        opening.add(new Bookmark(bookmark(index, phase)));
        opening.add(new Drawing(8 * type.scale(), (c, x, top, w, h) ->
                PhasePaint.roundedSwatch(c, phase.kind(), x, top - h, w, h, h / 2)));
        opening.add(kit.space(6));
        opening.add(kicker(index, phase));
        opening.add(kit.text(phase.name(), type.phaseTitle()));
        if (phase.purpose() != null) {
            opening.add(kit.space(2));
            opening.add(kit.text(phase.purpose(), type.body()));
        }
        opening.add(kit.space(10));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new PageBreak(index == 0 ? FIRST_PHASE_BREAK : 0));
        blocks.add(kit.space(24)); // only when the page did not break: space at the top of a page is dropped
        if (phase.items().isEmpty()) {
            warnings.add("Phase " + (index + 1) + " (" + phase.name() + ") has no exercises yet.");
            opening.add(kit.text("Your physiotherapist will add the exercises for this phase.", type.muted()));
            blocks.add(new Stack(opening, 0, true));
        } else {
            List<Block> cardBlocks = phase.items().stream().map(item -> card(item, phase)).toList();
            opening.add(cardBlocks.get(0));
            blocks.add(new Stack(opening, 0, true));
            for (Block card : cardBlocks.subList(1, cardBlocks.size())) {
                blocks.add(kit.space(10));
                blocks.add(card);
            }
        }
        blocks.add(kit.space(18));
        if (WalkRunWeeks.printsIn(request, index)) {
            blocks.addAll(new WalkRunWeeks(kit, request.walkRun()).blocks());
            blocks.add(kit.space(18));
        }
        blocks.add(checklist(index, phase));
        return blocks;
    }

    private Block card(PhaseItem item, Phase phase) {
        var exercise = request.exercises().get(item.exerciseId());
        if (exercise == null) {
            warnings.add("The exercise \u201c" + item.exerciseId() + "\u201d is not in the library, so its card shows only its dosage.");
        }
        return cards.build(item, exercise, phase.kind());
    }

    private Block kicker(int index, Phase phase) {
        TextStyle style = kit.type().bodyBold().withColour(HandoutTheme.PRIMARY);
        TextStyle here = kit.type().label().withColour(HandoutTheme.ACCENT);
        String text = "Phase " + (index + 1) + " of " + request.roadmap().phases().size() + "  \u00b7  " + phase.weeks().describe();
        boolean current = index == request.roadmap().currentPhase();
        return new Drawing(style.leading() + 4, (canvas, x, top, width, height) -> {
            float baseline = top - 2 - style.baselineBelowTop();
            canvas.text(text, style, x, baseline);
            if (current) {
                youAreHere(canvas, here, x + canvas.width(text, style) + 12, baseline);
            }
        });
    }

    private static void youAreHere(Canvas canvas, TextStyle style, float x, float baseline) throws java.io.IOException {
        String label = "You are here";
        float w = canvas.width(label, style);
        float pad = style.size() * 0.6f;
        canvas.roundedRect(x, baseline - style.size() * 0.4f, w + 2 * pad, style.size() * 1.5f, style.size() * 0.75f,
                HandoutTheme.ACCENT_TINT, HandoutTheme.ACCENT, 0.8f);
        canvas.text(label, style, x + pad, baseline);
    }

    private Block checklist(int index, Phase phase) {
        Typography type = kit.type();
        boolean last = index == request.roadmap().phases().size() - 1;
        List<Block> lines = new ArrayList<>();
        if (phase.exitCriteria().isEmpty()) {
            lines.add(kit.text(last ? "We will decide together when you have finished this plan."
                    : "We will decide together when you are ready for the next phase.", type.body()));
        } else {
            lines.add(kit.text(last ? "You have finished this plan when\u2026" : "You are ready for the next phase when\u2026",
                    type.cardTitle().withColour(HandoutTheme.PRIMARY)));
            lines.add(kit.space(2));
            List<Block> ticks = new ArrayList<>();
            for (Criterion criterion : phase.exitCriteria()) {
                ticks.add(kit.tickItem(criterion.checklistLine(), type.body()));
            }
            lines.add(kit.list(ticks, 6));
            lines.add(kit.space(2));
            lines.add(kit.text("Each one counts only without pain, heaviness, dragging or leaking.", type.note()));
        }
        Box.Look look = Box.Look.plain(14 * type.scale(), HandoutTheme.PRIMARY_TINT, null);
        return new Box(new Stack(lines, 4 * type.scale(), true), look, true);
    }
}
