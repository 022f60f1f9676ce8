package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Exercise;
import org.restride.domain.PhaseItem;
import org.restride.domain.PhaseKind;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Texts;

/** One exercise as a card: picture, name, what it is, the dosage line, 2–4 cues, and notes. Never cut in two. */
final class ExerciseCard {
    static final float PICTURE_WIDTH = 120;
    static final float PICTURE_HEIGHT = 90;
    private static final int MOST_CUES = 4;

    private final Kit kit;
    private final ExercisePictures pictures;
    private final boolean withPictures;

    ExerciseCard(Kit kit, ExercisePictures pictures, boolean withPictures) {
        this.kit = kit;
        this.pictures = pictures;
        this.withPictures = withPictures;
    }

    /** The card; {@code exercise} is null when the library no longer has it. */
    Block build(PhaseItem item, Exercise exercise, PhaseKind kind) {
        Typography type = kit.type();
        List<Block> lines = new ArrayList<>();
        lines.add(kit.text(exercise == null ? item.exerciseId() : exercise.name(), type.cardTitle()));
        if (exercise != null) {
            lines.add(kit.text(exercise.summary(), type.muted()));
        }
        lines.add(kit.text(dosageLine(item), type.bodyBold().withColour(HandoutTheme.PRIMARY)));
        if (exercise != null && !exercise.cues().isEmpty()) {
            List<String> cues = exercise.cues().subList(0, Math.min(MOST_CUES, exercise.cues().size()));
            lines.add(kit.list(kit.bullets(cues, type.body(), PhaseLook.of(kind).colour()), 2));
        }
        if (item.dosage().note() != null) {
            lines.add(kit.text(item.dosage().note(), type.note()));
        }
        if (item.note() != null) {
            lines.add(ptNote(item.note()));
        }
        Block text = new Stack(lines, 5 * type.scale(), true);
        Block content = text;
        if (withPictures && pictures.has(item.exerciseId())) {
            content = new Beside(picture(item.exerciseId()), PICTURE_WIDTH, 14, text);
        }
        Box.Look look = Box.Look.plain(12 * type.scale(), java.awt.Color.WHITE, HandoutTheme.CARD_BORDER)
                .withEdge(PhaseLook.of(kind).colour(), 5);
        return new Box(content, look, true);
    }

    /** The dosage line, wrapping only between its parts ("3 sets × 10 · each side"), never inside one. */
    private static String dosageLine(PhaseItem item) {
        String[] parts = item.dosage().line().split(" \u00b7 ");
        StringBuilder line = new StringBuilder();
        for (String part : parts) {
            if (line.length() > 0) {
                line.append(Texts.NO_BREAK_SPACE).append("\u00b7 ");
            }
            line.append(Texts.unbreakable(part));
        }
        return line.toString();
    }

    private Block ptNote(String note) {
        Typography type = kit.type();
        Block text = new Stack(List.of(kit.text("A note from your physiotherapist", type.label().withColour(HandoutTheme.ACCENT)),
                kit.text(note, type.body())), 2, false);
        Box.Look look = new Box.Look(8 * type.scale(), 4, HandoutTheme.ACCENT_TINT, null, 0, HandoutTheme.ACCENT, 3);
        return new Box(text, look, false);
    }

    private Block picture(String exerciseId) {
        return new Drawing(PICTURE_HEIGHT, (canvas, x, top, width, height) -> {
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
