package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Exercise;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Role;
import org.restride.handout.layout.Tagged;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Stack;

/**
 * One exercise as a card that teaches it: name, the dose in plain words, start and end pictures, the starting
 * position and numbered steps, tips, "stop or ease off if…", where it sits on a ladder and the next step by name.
 * Never cut in two.
 */
final class ExerciseCard {
    static final float PICTURE_WIDTH = 136;
    static final float PICTURE_HEIGHT = 84;
    /** Large print enlarges the pictures by this much too. */
    static final float LARGE_PICTURE = 1.25f;
    private static final int MOST_CUES = 2;

    /** Where the card sits among the phase's exercises that are easier or harder versions of each other. */
    record Ladder(String startWith, String next) {
        static final Ladder NONE = new Ladder(null, null);
    }

    private final Kit kit;
    private final ExercisePictures pictures;
    private final boolean withPictures;
    private final DoseWords dose;

    ExerciseCard(Kit kit, ExercisePictures pictures, boolean withPictures) {
        this.kit = kit;
        this.pictures = pictures;
        this.withPictures = withPictures;
        this.dose = new DoseWords(kit.words());
    }

    float pictureScale() {
        return kit.type().scale() > 1 ? LARGE_PICTURE : 1;
    }

    /**
     * The card; {@code exercise} is null when the library no longer has it, {@code harder} is the next step's
     * exercise when the library has one, {@code ladder} says which rung to start on when the phase holds several.
     */
    Block build(PhaseItem item, Exercise exercise, Exercise harder, Ladder ladder, PhaseKind kind) {
        Typography type = kit.type().tight();
        HandoutText words = kit.words();
        List<Block> head = new ArrayList<>();
        head.add(kit.text(exercise == null ? item.exerciseId() : words.fill(exercise.name()), type.cardTitle()));
        String often = dose.often(item.dosage());
        head.add(kit.text(dose.what(item.dosage()) + (often.isEmpty() ? "" : "; " + often),
                type.bodyBold().withColour(HandoutTheme.PRIMARY)));
        if (item.dosage().note() != null) {
            head.add(kit.text(words.fill(item.dosage().note()), type.note()));
        }
        List<Block> lines = new ArrayList<>();
        lines.add(new Stack(head, 3 * type.scale(), true));
        if (exercise != null) {
            List<Block> beside = new ArrayList<>();
            beside.add(steps(exercise, type));
            if (!exercise.cues().isEmpty()) {
                List<String> cues = exercise.cues().subList(0, Math.min(MOST_CUES, exercise.cues().size()))
                        .stream().map(words::fill).toList();
                beside.add(kit.text(kit.say("card.tips") + " " + String.join(". ", cues) + ".", type.body()));
            }
            Block teach = new Stack(beside, 3 * type.scale(), true);
            float w = PICTURE_WIDTH * pictureScale();
            lines.add(withPictures && pictures.has(item.exerciseId())
                    ? new Beside(new Tagged(Role.FIGURE, picture(item.exerciseId()), kit.words().alt(
                            "issued.alt.picture", words.fill(exercise.name()), words.fill(exercise.summary()))),
                            w, 10, teach) : teach);
            if (!exercise.watchFor().isEmpty()) {
                List<Block> watch = new ArrayList<>();
                watch.add(kit.text(kit.say("card.stopIf"), type.bodyBold().withColour(HandoutTheme.RED)));
                exercise.watchFor().forEach(w2 -> watch.add(kit.bullet(words.fill(w2), type.body(), HandoutTheme.RED)));
                lines.add(new Stack(watch, 1, true));
            }
        }
        // The item's note, where the template or the PT gave one, already says when to move up the ladder.
        if (item.note() != null) {
            lines.add(kit.text(kit.say("card.noteFrom") + " " + words.fill(item.note()), type.bodyBold()));
        } else if (ladder.startWith() != null || ladder.next() != null) {
            if (ladder.startWith() != null) {
                lines.add(kit.text(kit.say("card.ladder.after", ladder.startWith()), type.bodyBold()));
            }
            if (ladder.next() != null) {
                lines.add(kit.text(kit.say("card.ladder.start", ladder.next()), type.bodyBold()));
            }
        }
        if (harder != null && ladder.next() == null) {
            lines.add(kit.text(kit.say("card.nextStep", words.fill(harder.name())), type.bodyBold()));
        }
        Box.Look look = Box.Look.plain(9 * type.scale(), java.awt.Color.WHITE, HandoutTheme.CARD_BORDER)
                .withEdge(PhaseLook.of(kind).colour(), 5);
        return new Box(new Stack(lines, 5 * type.scale(), true), look, true);
    }

    /** "Start:" with the first step, then the others numbered. */
    private Block steps(Exercise exercise, Typography type) {
        HandoutText words = kit.words();
        List<Block> items = new ArrayList<>();
        items.add(kit.text(kit.say("card.start") + " " + words.fill(exercise.steps().get(0)), type.body()));
        for (int i = 1; i < exercise.steps().size(); i++) {
            items.add(kit.numbered(i, words.fill(exercise.steps().get(i)), type.body()));
        }
        return new Stack(items, 1, true);
    }

    private Block picture(String exerciseId) {
        float scale = pictureScale();
        return new Drawing(PICTURE_HEIGHT * scale, (canvas, x, top, width, height) -> {
            float y = top - height;
            canvas.roundedRect(x, y, width, height, 6, HandoutTheme.PICTURE_BACKGROUND, null, 0);
            canvas.save();
            canvas.roundedPath(x, y, width, height, 6);
            canvas.content().clip();
            pictures.draw(exerciseId, canvas.document(), canvas.content(), x, y, width, height);
            canvas.restore();
        });
    }
}
