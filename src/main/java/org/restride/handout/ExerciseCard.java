package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.restride.domain.Exercise;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.handout.layout.Role;
import org.restride.handout.layout.Tagged;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Continued;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.TextStyle;

/**
 * One exercise as a card that teaches it: name, the dose in plain words, start and end pictures, the starting
 * position and numbered steps, tips, "stop or ease off if…", where it sits on a ladder and the next step by name.
 * Cut only to carry on at the top of the next column of the same page.
 */
final class ExerciseCard {
    static final float PICTURE_WIDTH = 136;
    static final float PICTURE_HEIGHT = 50;
    /** Large print enlarges the pictures by this much too. */
    static final float LARGE_PICTURE = 1.25f;
    private static final int MOST_CUES = 1;
    /** A card cut at the foot of a column leaves at least this much there (its name, dose and picture). */
    private static final float MINIMUM_HEAD = 80;
    /** Nor is a card cut to carry less than this over (its name again and about three lines). */
    private static final float MINIMUM_TAIL = 55;

    /** Where the card sits among the phase's exercises that are easier or harder versions of each other. */
    record Ladder(String startWith, String next) {
        static final Ladder NONE = new Ladder(null, null);
    }

    private final Kit kit;
    private final ExercisePictures pictures;
    private final boolean withPictures;
    private final DoseWords dose;
    private final boolean withOften;

    ExerciseCard(Kit kit, ExercisePictures pictures, boolean withPictures, boolean withOften) {
        this.kit = kit;
        this.pictures = pictures;
        this.withPictures = withPictures;
        this.withOften = withOften;
        this.dose = new DoseWords(kit.words());
    }

    float pictureScale() {
        return kit.type().scale() > 1 ? LARGE_PICTURE : 1;
    }

    /**
     * The card; {@code exercise} is null when the library no longer has it, {@code harder} is the next step's
     * exercise when the library has one, {@code ladder} says which rung to start on when the phase holds several,
     * {@code check} is the readiness check this exercise leads to ("10 seconds on each side…"), or null, and the
     * "stop or ease off" lines in {@code shared} are left to the phase's box of them (they repeat on several cards):
     * the card points there instead.
     */
    Block build(PhaseItem item, Exercise exercise, Exercise harder, Ladder ladder, PhaseKind kind, String check,
                Set<String> shared) {
        Typography type = kit.type().tight();
        TextStyle body = type.cardBody();
        TextStyle bold = body.withFace(Face.BOLD);
        HandoutText words = kit.words();
        List<Block> head = new ArrayList<>();
        head.add(kit.text(exercise == null ? item.exerciseId() : words.fill(exercise.name()), type.cardTitle()));
        String often = withOften ? dose.often(item.dosage()) : "";
        head.add(kit.text(dose.what(item.dosage()) + (often.isEmpty() ? "" : "; " + often),
                bold.withColour(HandoutTheme.PRIMARY)));
        String note = item.dosage().note() == null ? null : words.fill(item.dosage().note());
        if (note != null) {
            head.add(kit.text(note, body.withFace(Face.ITALIC).withColour(HandoutTheme.MUTED)));
        }
        List<Block> lines = new ArrayList<>();
        lines.add(new Stack(head, 2 * type.scale(), true));
        if (exercise != null) {
            if (withPictures && pictures.has(item.exerciseId())) {
                lines.add(new Tagged(Role.FIGURE, picture(item.exerciseId()), kit.words().alt(
                        "issued.alt.picture", words.fill(exercise.name()), words.fill(exercise.summary()))));
            }
            lines.add(kit.leadIn(kit.say("card.start"), bold, steps(exercise), body));
            if (!exercise.cues().isEmpty()) {
                List<String> cues = exercise.cues().subList(0, Math.min(MOST_CUES, exercise.cues().size()))
                        .stream().map(words::fill).map(ExerciseCard::sentence).toList();
                lines.add(kit.leadIn(kit.say("card.tips"), bold, String.join(" ", cues), body));
            }
            List<String> all = stopLines(exercise);
            List<String> own = all.stream().filter(l -> !shared.contains(l)).toList();
            boolean pointsUp = own.size() < all.size();
            if (!own.isEmpty() || pointsUp) {
                String watch = String.join(" ", own) + (pointsUp ? (own.isEmpty() ? "" : " ")
                        + kit.say(own.isEmpty() ? "card.stopShared" : "card.stopAlso") : "");
                lines.add(kit.leadIn(kit.say(own.isEmpty() ? "card.stopSharedLead" : "card.stopIf"),
                        bold.withColour(HandoutTheme.RED), watch, body));
            }
        }
        if (check != null) {
            lines.add(kit.leadIn(kit.say("card.check"), bold, check, body));
        }
        // The item's note, where the template or the PT gave one, already says when to move up the ladder.
        if (item.note() != null) {
            lines.add(kit.text(kit.say("card.noteFrom") + " " + words.fill(item.note()), bold));
        } else if (ladder.startWith() != null || ladder.next() != null) {
            if (ladder.startWith() != null) {
                lines.add(kit.text(kit.say("card.ladder.after", ladder.startWith()), bold));
            }
            if (ladder.next() != null) {
                lines.add(kit.text(kit.say("card.ladder.start", ladder.next()), bold));
            }
        }
        if (harder != null && ladder.next() == null && !WalkRunWeeks.isWalkRunCard(item.exerciseId())
                && !names(note, words.fill(harder.name()))
                && !names(item.note() == null ? null : words.fill(item.note()), words.fill(harder.name()))) {
            lines.add(kit.text(kit.say("card.nextStep", words.fill(harder.name())), bold));
        }
        Box.Look look = Box.Look.plain(6 * type.scale(), java.awt.Color.WHITE, HandoutTheme.CARD_BORDER)
                .withEdge(PhaseLook.of(kind).colour(), 4);
        String name = exercise == null ? item.exerciseId() : words.fill(exercise.name());
        Block leaving = kit.text(kit.say("card.goesOn"), bold.withColour(HandoutTheme.MUTED));
        Block resume = kit.text(kit.say("card.continued", name), bold.withColour(HandoutTheme.MUTED));
        Stack card = new Stack(lines, 2 * type.scale(), true).resumingWith(leaving, resume);
        return new Continued(new Box(card, look, true), MINIMUM_HEAD * type.scale(), MINIMUM_TAIL * type.scale());
    }

    /** The exercise's "stop or ease off if…" lines as she reads them, each a sentence. */
    List<String> stopLines(Exercise exercise) {
        return exercise.watchFor().stream().map(kit.words()::fill).map(ExerciseCard::sentence).toList();
    }

    /** Whether the dose's note already names the next step, so the card need not say it twice. */
    private boolean names(String note, String next) {
        Locale locale = kit.words().locale();
        return note != null && note.toLowerCase(locale).contains(next.toLowerCase(locale));
    }

    /** A line that ends as a sentence, so lines run on in one paragraph. */
    private static String sentence(String line) {
        String t = line.strip();
        return t.isEmpty() || ".!?…".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    private String steps(Exercise exercise) {
        return runOn(exercise.steps(), false);
    }

    /**
     * Steps run on in one paragraph, numbered from 1; with {@code numberFirst} false the first is the starting
     * position (it follows "Start:") and the numbers begin with the second.
     */
    String runOn(List<String> steps, boolean numberFirst) {
        HandoutText words = kit.words();
        StringBuilder text = new StringBuilder();
        int number = 1;
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0 || numberFirst) {
                text.append(i == 0 ? "" : "  ").append(number++).append(". ");
            }
            text.append(sentence(words.fill(steps.get(i))));
        }
        return text.toString();
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
