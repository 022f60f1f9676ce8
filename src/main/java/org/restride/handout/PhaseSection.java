package org.restride.handout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.ColumnFlow;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.WithHeading;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.TextStyle;

/** A phase in full: what it is for, its exercise cards, the walk–run table, its tests taught, and its checklist. */
final class PhaseSection {
    /** A section starts a new page only when the page before is at least this full. */
    static final float BREAK_WHEN_FULLER_THAN = 0.4f;

    private final Kit kit;
    private final HandoutRequest request;
    private final ExerciseCard cards;
    private final List<String> warnings;
    private final CheckBoxes checkBoxes;

    PhaseSection(Kit kit, HandoutRequest request, ExerciseCard cards, List<String> warnings) {
        this.kit = kit;
        this.request = request;
        this.cards = cards;
        this.warnings = warnings;
        this.checkBoxes = new CheckBoxes(kit, request, cards);
    }

    String bookmark(int index, Phase phase) {
        return kit.say("phase.bookmark", index + 1, phase.name());
    }

    /**
     * The phase in full. In her handout for now ({@code whole} false) it follows "This week" on the same page,
     * which already printed its checks; in the whole roadmap each phase starts a page and ends with its checks.
     */
    List<Block> blocks(int index, boolean whole) {
        Typography type = kit.type();
        Phase phase = request.roadmap().phases().get(index);
        List<Block> opening = new ArrayList<>();
        opening.add(new Bookmark(bookmark(index, phase)));
        if (whole) {
            opening.add(new Drawing(8 * type.scale(), (c, x, top, w, h) ->
                    PhasePaint.roundedSwatch(c, phase.kind(), x, top - h, w, h, h / 2)));
            opening.add(kit.space(6));
            opening.add(kicker(index, phase));
            opening.add(kit.text(phase.name(), type.phaseTitle()));
            if (phase.purpose() != null) {
                opening.add(kit.space(2));
                opening.add(kit.text(kit.words().fill(phase.purpose()), type.body()));
            }
        } else {
            // "This week" above has already named the phase and said what it is for.
            opening.add(kit.text(kit.say("phase.howTo"), type.section()));
        }
        opening.add(kit.space(whole ? 10 : 6));
        List<Block> blocks = new ArrayList<>();
        if (whole) {
            blocks.add(new PageBreak(BREAK_WHEN_FULLER_THAN));
        }
        blocks.add(kit.space(whole ? 24 : 10)); // only when the page did not break: space at the top of a page is dropped
        List<PhaseItem> items = ThisWeek.rows(request, phase, index);
        if (phase.items().isEmpty()) {
            warnings.add("Phase " + (index + 1) + " (" + phase.name() + ") has no exercises yet.");
            opening.add(kit.text(kit.say("phase.noExercises"), type.muted()));
        }
        List<Block> body = new ArrayList<>();
        PlanRows ladder = new PlanRows(request, phase, index);
        CheckBoxes.Checks checks = checkBoxes.new Checks(phase, items);
        List<Exercise> carded = items.stream().filter(i -> !checks.taughtAlone(i.exerciseId()))
                .map(i -> request.exercises().get(i.exerciseId())).filter(e -> e != null).toList();
        Set<String> shared = sharedStops(carded);
        if (!shared.isEmpty()) {
            opening.add(sharedStopBox(shared));
            opening.add(kit.space(6));
        }
        List<Block> cardList = new ArrayList<>();
        Map<String, Block> cardNamed = new HashMap<>();
        for (PhaseItem item : items) {
            if (!checks.taughtAlone(item.exerciseId())) {
                String name = nameOf(item.exerciseId());
                Block card = card(item, phase, ladder, checks.onCard(name), shared);
                cardList.add(card);
                cardNamed.put(name, card);
            }
        }
        Map<Block, Block> owners = new IdentityHashMap<>();
        List<Block> testBoxes = new ArrayList<>();
        for (CheckBoxes.TestBox box : checkBoxes.tests(checks.alone(), phase)) {
            testBoxes.add(box.block());
            ownCard(box, cardNamed, cardList, checks).ifPresent(card -> owners.put(box.block(), card));
        }
        cardList.addAll(testBoxes);
        body.addAll(inColumns(cardList, testBoxes, owners));
        if (WalkRunWeeks.printsIn(request, index)) {
            body.add(new Stack(new WalkRunWeeks(kit, request.walkRun()).blocks(), 0, false));
        }
        if (whole) {
            body.add(checklist(index, phase));
        }
        if (body.isEmpty()) {
            blocks.add(new Stack(opening, 0, true));
        } else {
            blocks.add(new WithHeading(new Stack(opening, 0, true), body.get(0)));
            for (Block b : body.subList(1, body.size())) {
                blocks.add(kit.space(8));
                blocks.add(b);
            }
        }
        return blocks;
    }

    /**
     * The card of the exercise a box checks (the last, when a box holds several checks), so the box never goes ahead
     * of it: she reads how to do an exercise before she reads its test.
     */
    private static Optional<Block> ownCard(CheckBoxes.TestBox box, Map<String, Block> cardNamed, List<Block> cardList,
                                           CheckBoxes.Checks checks) {
        return cardNamed.entrySet().stream()
                .filter(card -> box.criteria().stream().anyMatch(c -> checks.checks(c, card.getKey())))
                .map(Map.Entry::getValue).max(Comparator.comparingInt(cardList::indexOf));
    }

    /**
     * Cards in two columns read down the left, then the right, in the order of "This week". The check boxes may move
     * up to fill a column, or the room under the heading when the first card would not fit there, but never ahead of
     * the card of their own exercise ({@code owners}).
     */
    private List<Block> inColumns(List<Block> cards, List<Block> movable, Map<Block, Block> owners) {
        Set<Block> mayMove = Collections.newSetFromMap(new IdentityHashMap<>());
        mayMove.addAll(movable);
        if (cards.isEmpty()) {
            return List.of();
        }
        return List.of(new ColumnFlow(cards, 10 * kit.type().scale(), 8 * kit.type().scale(), mayMove, owners));
    }

    /** "Stop or ease off" lines said alike on at least this many of the phase's cards are said once, in a box. */
    static final int SHARED_STOP_CARDS = 3;

    private Set<String> sharedStops(List<Exercise> carded) {
        List<Set<String>> perCard = carded.stream().map(e -> (Set<String>) new LinkedHashSet<>(cards.stopLines(e))).toList();
        Map<String, Integer> count = new HashMap<>();
        perCard.forEach(lines -> lines.forEach(l -> count.merge(l, 1, Integer::sum)));
        Set<String> shared = new LinkedHashSet<>();
        perCard.forEach(lines -> lines.stream().filter(l -> count.get(l) >= SHARED_STOP_CARDS).forEach(shared::add));
        return shared;
    }

    private Block sharedStopBox(Set<String> shared) {
        Typography type = kit.type().tight();
        TextStyle body = type.cardBody();
        Block text = kit.leadIn(kit.say("phase.sharedStop"), body.withFace(Face.BOLD).withColour(HandoutTheme.RED),
                String.join(" ", shared), body);
        Box.Look look = Box.Look.plain(6 * type.scale(), Color.WHITE, HandoutTheme.CARD_BORDER)
                .withEdge(HandoutTheme.RED, 4);
        return new Box(text, look, true);
    }

    /**
     * An exercise's card; where it is a step of a ladder within the phase (found as This week finds it, through easier
     * steps the phase leaves out), the card says which step comes before and which after, not the library's next step.
     */
    private Block card(PhaseItem item, Phase phase, PlanRows ladder, String check, Set<String> shared) {
        Exercise exercise = request.exercises().get(item.exerciseId());
        if (exercise == null) {
            warnings.add("The exercise \u201c" + item.exerciseId() + "\u201d is not in the library, so its card shows only its dosage.");
            return cards.build(item, null, null, ExerciseCard.Ladder.NONE, phase.kind(), check, shared);
        }
        Exercise harder = exercise.harderId() == null ? null : request.exercises().get(exercise.harderId());
        Exercise before = ladder.after(item);
        String after = before == null ? null : nameOf(before.id());
        PhaseItem later = ladder.next(exercise);
        String next = later == null ? null : nameOf(later.exerciseId());
        return cards.build(item, exercise, harder, new ExerciseCard.Ladder(after, next), phase.kind(), check, shared);
    }

    private String nameOf(String id) {
        return kit.exerciseName(request, id);
    }

    private Block kicker(int index, Phase phase) {
        TextStyle style = kit.type().bodyBold().withColour(HandoutTheme.PRIMARY);
        TextStyle here = kit.type().label().withColour(HandoutTheme.INK);
        String text = kit.say("phase.kicker", index + 1, request.roadmap().phases().size(), kit.words().weeks(phase.weeks()));
        String label = kit.say("phase.youAreHere");
        boolean current = index == request.roadmap().currentPhase();
        return new Drawing(style.leading() + 4, (canvas, x, top, width, height) -> {
            float baseline = top - 2 - style.baselineBelowTop();
            canvas.text(text, style, x, baseline);
            if (current) {
                youAreHere(canvas, label, here, x + canvas.width(text, style) + 12, baseline);
            }
        });
    }

    private static void youAreHere(Canvas canvas, String label, TextStyle style, float x, float baseline)
            throws java.io.IOException {
        float w = canvas.width(label, style);
        float pad = style.size() * 0.6f;
        canvas.roundedRect(x, baseline - style.size() * 0.4f, w + 2 * pad, style.size() * 1.5f, style.size() * 0.75f,
                HandoutTheme.ACCENT_TINT, HandoutTheme.ACCENT, 0.8f);
        canvas.text(label, style, x + pad, baseline);
    }

    private Block checklist(int index, Phase phase) {
        return ExitChecklist.of(kit, request, index, phase, false);
    }
}
