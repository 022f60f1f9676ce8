package org.restride.handout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.Stack;

/**
 * "Listening to your body": what is fine, what means ease off, what means stop and contact us, the red flags,
 * and how to scale the day to sleep, water and tiredness. The wording follows CLINICAL.md ("Signals that change
 * the plan"), in calm words.
 */
final class SymptomsGuide {
    static final String TITLE = "Listening to your body";

    /** Green, amber or red, each with its own shape so they stay apart in black and white. */
    private enum Signal {
        GREEN(HandoutTheme.GREEN, HandoutTheme.GREEN_TINT),
        AMBER(HandoutTheme.AMBER, HandoutTheme.AMBER_TINT),
        RED(HandoutTheme.RED, HandoutTheme.RED_TINT);

        final Color colour;
        final Color tint;

        Signal(Color colour, Color tint) {
            this.colour = colour;
            this.tint = tint;
        }
    }

    private final Kit kit;
    private final HandoutRequest request;

    SymptomsGuide(Kit kit, HandoutRequest request) {
        this.kit = kit;
        this.request = request;
    }

    List<Block> blocks() {
        Typography type = kit.type();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new PageBreak());
        blocks.add(new Bookmark(TITLE));
        blocks.add(kit.text(TITLE, type.title()));
        blocks.add(kit.space(6));
        blocks.add(kit.text("Your body changed, but it is not broken. Symptoms are signals that the dose or the way "
                + "you move needs to change for now. Use this page to decide what to do on the day.", type.body()));
        blocks.add(kit.space(14));
        blocks.add(signal(Signal.GREEN, "This is fine: carry on", List.of(
                "Your muscles feel worked, or a little sore the next day, and it eases.",
                "Pain of 0 to 3 out of 10 during exercise that settles soon after.",
                "You feel tired but good after a session.")));
        blocks.add(kit.space(10));
        blocks.add(signal(Signal.AMBER, "Ease off: make it lighter, shorter or easier", List.of(
                "Pain of 4 or 5 out of 10 during exercise: lower the load or do less.",
                "Pain above 5 out of 10: stop that exercise for today.",
                "Leaking, heaviness, pressure or doming of your tummy during a lift: lower the load, or change your "
                        + "breath, tempo or range.",
                "Any of these while running: stop, walk, and run less next time.",
                "Symptoms are worse the next morning: make the next session lighter.")));
        blocks.add(kit.space(10));
        String reach = HandoutWords.howToReach(request.clinic());
        blocks.add(signal(Signal.RED, "Stop and contact us" + (reach == null ? "" : ": " + reach), List.of(
                "Heaviness, pressure, bulging or dragging in your pelvis that keeps coming back.",
                "Leaking urine, poor bowel control, or an urge to go that is hard to hold.",
                "Doming or coning along the middle of your tummy that does not settle as you adjust.",
                "Pain in your pelvis or low back.",
                "Bleeding that is new, getting heavier, or still there after 8 weeks, and is not a period.")));
        blocks.add(kit.space(10));
        blocks.add(redFlags());
        blocks.add(kit.space(14));
        blocks.add(dailyAdjustment());
        return blocks;
    }

    private Block signal(Signal signal, String heading, List<String> points) {
        Typography type = kit.type();
        float icon = type.cardTitle().size() * 1.1f;
        Drawing mark = new Drawing(type.cardTitle().leading(), (canvas, x, top, w, h) ->
                shape(canvas, signal, x, top - (h + icon) / 2, icon));
        List<Block> lines = new ArrayList<>();
        lines.add(new Beside(mark, icon, 8, kit.text(heading, type.cardTitle().withColour(signal.colour))));
        lines.add(kit.list(kit.bullets(points, type.body(), signal.colour), 3));
        Box.Look look = Box.Look.plain(12 * type.scale(), signal.tint, null).withEdge(signal.colour, 4);
        return new Box(new Stack(lines, 6 * type.scale(), true), look, true);
    }

    private static void shape(Canvas canvas, Signal signal, float x, float y, float size) throws IOException {
        if (signal == Signal.GREEN) {
            canvas.circle(x + size / 2, y + size / 2, size / 2, signal.colour, null, 0);
        } else if (signal == Signal.AMBER) {
            var c = canvas.content();
            c.setNonStrokingColor(signal.colour);
            c.moveTo(x, y);
            c.lineTo(x + size, y);
            c.lineTo(x + size / 2, y + size);
            c.closePath();
            c.fill();
        } else {
            canvas.roundedRect(x, y, size, size, 2, signal.colour, null, 0);
        }
    }

    private Block redFlags() {
        Typography type = kit.type();
        List<Block> lines = new ArrayList<>();
        lines.add(kit.text("Stop and get medical care straight away for", type.cardTitle().withColour(HandoutTheme.RED)));
        lines.add(kit.list(kit.bullets(List.of(
                "pain or swelling in your calf",
                "new chest pain",
                "feeling dizzy or faint",
                "breathlessness that is unusual for you",
                "severe pain in your tummy"), type.body(), HandoutTheme.RED), 3));
        lines.add(kit.text("These are not about the dose of exercise. Call your doctor, or emergency services if it "
                + "feels serious.", type.muted()));
        Box.Look look = Box.Look.plain(12 * type.scale(), Color.WHITE, HandoutTheme.RED);
        return new Box(new Stack(lines, 6 * type.scale(), true), look, true);
    }

    private Block dailyAdjustment() {
        Typography type = kit.type();
        List<Block> lines = new ArrayList<>();
        lines.add(Stack.together(6 * type.scale(), kit.text("Adjusting to your day", type.section()), kit.text("Short sleep, not enough water, tiredness and changing hormones all lower what your body "
                + "can handle on the day. That is normal: scale the plan to the day you are having.", type.body())));
        lines.add(kit.list(List.of(
                labelled("A good day:", "do your plan as written."),
                labelled("A tired day", "(a short or broken night, or low on energy): do one set less, or the "
                        + "easier version, at an effort 1 to 2 points lower."),
                labelled("A hard day", "(very little sleep, unwell or worn out): do your breathing and pelvic-floor "
                        + "exercises and a gentle walk, and rest."),
                labelled("Every day:", "drink a glass of water before you start, and more if you are breastfeeding.")),
                5));
        return new Stack(lines, 6 * type.scale(), false);
    }

    private Block labelled(String label, String text) {
        return kit.bullet(label + " " + text, kit.type().body(), HandoutTheme.PRIMARY);
    }
}
