package org.restride.handout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.restride.domain.Criterion;
import org.restride.domain.Exercise;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.TextStyle;

/** A phase's readiness checks as she is taught them: a line on the card of the same name, or a box of their own. */
final class CheckBoxes {
    private final Kit kit;
    private final HandoutRequest request;
    private final ExerciseCard cards;

    CheckBoxes(Kit kit, HandoutRequest request, ExerciseCard cards) {
        this.kit = kit;
        this.request = request;
        this.cards = cards;
    }

    /**
     * Where each readiness check of the phase is taught: on the card of the exercise of the same name (the check is a
     * line there), or in a box of its own when no card has its name or the check is itself one of her exercises.
     */
    final class Checks {
        private final Map<String, String> onCards = new HashMap<>();
        private final List<Criterion> alone = new ArrayList<>();
        private final Set<String> aloneIds = new HashSet<>();

        Checks(Phase phase, List<PhaseItem> items) {
            Set<String> itemIds = new HashSet<>();
            Set<String> cardNames = new HashSet<>();
            items.forEach(i -> itemIds.add(i.exerciseId()));
            for (Criterion criterion : phase.exitCriteria()) {
                Exercise test = criterion.exerciseId() == null ? null : request.exercises().get(criterion.exerciseId());
                if (test != null && itemIds.contains(test.id())) {
                    aloneIds.add(test.id());
                }
            }
            items.stream().filter(i -> !aloneIds.contains(i.exerciseId()))
                    .forEach(i -> cardNames.add(key(kit.exerciseName(request, i.exerciseId()))));
            for (Criterion criterion : phase.exitCriteria()) {
                Exercise test = criterion.exerciseId() == null ? null : request.exercises().get(criterion.exerciseId());
                if (test == null) {
                    continue;
                }
                String name = key(kit.words().fill(criterion.name()));
                if (!aloneIds.contains(test.id()) && cardNames.contains(name) && !onCards.containsKey(name)) {
                    onCards.put(name, kit.words().checklistLine(criterion) + ". " + kit.words().fill(test.summary()));
                } else {
                    alone.add(criterion);
                }
            }
        }

        private String key(String name) {
            return name.strip().toLowerCase(kit.words().locale());
        }

        boolean taughtAlone(String exerciseId) {
            return aloneIds.contains(exerciseId);
        }

        String onCard(String cardName) {
            return onCards.get(key(cardName));
        }

        /** Whether the check is of the exercise that has the card named {@code cardName} (they share a name). */
        boolean checks(Criterion criterion, String cardName) {
            return key(kit.words().fill(criterion.name())).equals(key(cardName));
        }

        List<Criterion> alone() {
            return alone;
        }
    }

    /** A box of one or more checks, and the checks it teaches. */
    record TestBox(Block block, List<Criterion> criteria) {
    }

    /**
     * The checks taught in boxes of their own, under the checklist's words. Checks that start the same way (the
     * pelvic-floor squeezes, sitting on a chair) share one box and say how to start once.
     */
    List<TestBox> tests(List<Criterion> criteria, Phase phase) {
        Set<String> common = commonTestStops(phase);
        List<TestBox> blocks = new ArrayList<>();
        List<Exercise> group = new ArrayList<>();
        List<Criterion> groupCriteria = new ArrayList<>();
        for (Criterion criterion : criteria) {
            Exercise test = request.exercises().get(criterion.exerciseId());
            if (!group.isEmpty() && !firstStep(group.get(0)).equals(firstStep(test))) {
                blocks.add(new TestBox(testBox(group, groupCriteria, phase, common), List.copyOf(groupCriteria)));
                group.clear();
                groupCriteria.clear();
            }
            group.add(test);
            groupCriteria.add(criterion);
        }
        if (!group.isEmpty()) {
            blocks.add(new TestBox(testBox(group, groupCriteria, phase, common), List.copyOf(groupCriteria)));
        }
        return blocks;
    }

    private static String firstStep(Exercise test) {
        return test.steps().isEmpty() ? "" : test.steps().get(0).strip();
    }

    /** A check's box; the stop lines in {@code common} are the checklist's to say, not the box's. */
    private Block testBox(List<Exercise> tests, List<Criterion> criteria, Phase phase, Set<String> common) {
        Typography type = kit.type().tight();
        TextStyle body = type.cardBody();
        TextStyle bold = body.withFace(Face.BOLD);
        List<Block> lines = new ArrayList<>();
        if (tests.size() == 1) {
            lines.add(kit.text(kit.say("test.title", kit.words().checklistLine(criteria.get(0))), type.cardTitle()));
            lines.add(kit.leadIn(kit.say("card.start"), bold, cards.runOn(tests.get(0).steps(), false), body));
        } else {
            lines.add(kit.text(kit.say("test.groupTitle"), type.cardTitle()));
            lines.add(kit.leadIn(kit.say("card.start"), bold, cards.runOn(tests.get(0).steps().subList(0, 1), false), body));
            for (int i = 0; i < tests.size(); i++) {
                lines.add(kit.text(kit.words().checklistLine(criteria.get(i)), bold.asHeading(3)));
                lines.add(kit.text(cards.runOn(tests.get(i).steps().subList(1, tests.get(i).steps().size()), true), body));
            }
        }
        // How to build up to it, and when to stop: the test's own stop lines and the phase's notes for it, once each.
        Set<String> notes = new LinkedHashSet<>();
        Set<String> stops = new LinkedHashSet<>();
        for (Exercise test : tests) {
            phase.items().stream().filter(i -> i.exerciseId().equals(test.id())).findFirst().ifPresent(item -> {
                if (item.note() != null) {
                    notes.add(kit.words().fill(item.note()));
                } else if (item.dosage().note() != null) {
                    notes.add(kit.words().fill(item.dosage().note()));
                }
            });
            stops.addAll(cards.stopLines(test));
        }
        stops.removeAll(common);
        if (!notes.isEmpty()) {
            lines.add(kit.text(String.join(" ", notes), body.withFace(Face.ITALIC).withColour(HandoutTheme.MUTED)));
        }
        if (!stops.isEmpty()) {
            lines.add(kit.leadIn(kit.say("card.stopIf"), bold.withColour(HandoutTheme.RED), String.join(" ", stops), body));
        }
        Box.Look look = Box.Look.plain(6 * type.scale(), Color.WHITE, HandoutTheme.CARD_BORDER);
        return new Box(new Stack(lines, 2 * type.scale(), true), look, true);
    }

    /**
     * The stop lines two or more of the phase's checks share ("Pain, heaviness, dragging or leaking: stop the test
     * there…"): the checklist says that rule once for all of them, so each check's box leaves it out.
     */
    private Set<String> commonTestStops(Phase phase) {
        Map<String, Integer> count = new HashMap<>();
        phase.exitCriteria().stream().map(Criterion::exerciseId).filter(Objects::nonNull).distinct()
                .map(id -> request.exercises().get(id)).filter(Objects::nonNull)
                .forEach(test -> new LinkedHashSet<>(cards.stopLines(test)).forEach(l -> count.merge(l, 1, Integer::sum)));
        Set<String> common = new LinkedHashSet<>();
        count.forEach((line, n) -> {
            if (n >= 2) {
                common.add(line);
            }
        });
        return common;
    }
}
