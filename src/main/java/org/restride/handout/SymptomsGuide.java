package org.restride.handout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Roadmap;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.Columns;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.Stack;

/**
 * "Listening to your body", one page in the order she needs it: fine, ease off, contact us, and get medical
 * care now with the emergency number of the clinic's country. Each symptom says when it happens (during
 * exercise and settles, or in daily life, coming back or worse the next morning), as CLINICAL.md says. Only
 * the lines that fit her plan print: running lines in a running plan, lifting lines in a lifting plan, wound
 * signs after a caesarean.
 */
final class SymptomsGuide {
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

    private boolean running() {
        Roadmap.Sport sport = request.roadmap().sport();
        return sport == Roadmap.Sport.RUNNING || sport == Roadmap.Sport.RUNNING_AND_LIFTING;
    }

    private boolean lifting() {
        Roadmap.Sport sport = request.roadmap().sport();
        return sport == Roadmap.Sport.LIFTING || sport == Roadmap.Sport.RUNNING_AND_LIFTING;
    }

    /** The lines of each part, in order, as they print (for tests and for the page). */
    List<String> fine() {
        return lines("symptoms.fine.", 2);
    }

    List<String> easeOff() {
        List<String> lines = lines("symptoms.easeOff.", 3);
        if (lifting()) {
            lines.add(kit.say("symptoms.easeOff.lift"));
        }
        if (running()) {
            lines.add(kit.say("symptoms.easeOff.run"));
        }
        return lines;
    }

    List<String> contactUs() {
        List<String> lines = lines("symptoms.contact.", 3);
        if (running()) {
            lines.add(kit.say("symptoms.contact.boneStress"));
        }
        return lines;
    }

    List<String> medicalCare() {
        List<String> lines = lines("symptoms.urgent.", 7);
        if (request.caesarean()) {
            lines.add(kit.say("symptoms.urgent.wound"));
        }
        return lines;
    }

    private List<String> lines(String prefix, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            lines.add(kit.say(prefix + i));
        }
        return lines;
    }

    List<Block> blocks() {
        Typography type = kit.type().tight();
        List<Block> blocks = new ArrayList<>();
        String title = kit.say("symptoms.title");
        blocks.add(new PageBreak());
        blocks.add(new Bookmark(title));
        List<Block> page = new ArrayList<>();
        page.add(kit.text(title, type.title()));
        page.add(signal(Signal.GREEN, kit.say("symptoms.fine.title"), null, fine()));
        page.add(signal(Signal.AMBER, kit.say("symptoms.easeOff.title"), kit.say("symptoms.easeOff.when"), easeOff()));
        String reach = request.clinic().phone() != null ? kit.say("contact.call", request.clinic().phone())
                : HandoutWords.howToReach(request.clinic());
        page.add(signal(Signal.RED, reach == null ? kit.say("symptoms.contact.title")
                : kit.say("symptoms.contact.titleReach", reach), kit.say("symptoms.contact.when"), contactUs()));
        page.add(kit.text(kit.say("symptoms.bleeding"), type.bodyBold()));
        page.add(urgent());
        // One page: the emergency box is never overleaf from the rest.
        blocks.add(new Stack(page, 7 * type.scale(), true));
        return blocks;
    }

    private Block signal(Signal signal, String heading, String when, List<String> points) {
        Typography type = kit.type().tight();
        float icon = type.cardTitle().size() * 1.1f;
        Drawing mark = new Drawing(type.cardTitle().leading(), (canvas, x, top, w, h) ->
                shape(canvas, signal, x, top - (h + icon) / 2, icon));
        List<Block> lines = new ArrayList<>();
        lines.add(new Beside(mark, icon, 8, kit.text(heading, type.cardTitle().withColour(signal.colour))));
        if (when != null) {
            lines.add(kit.text(when, type.bodyBold()));
        }
        lines.add(kit.list(kit.bullets(points, type.body(), signal.colour), 2));
        Box.Look look = Box.Look.plain(8 * type.scale(), signal.tint, null).withEdge(signal.colour, 4);
        return new Box(new Stack(lines, 4 * type.scale(), true), look, true);
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

    private Block urgent() {
        Typography type = kit.type().tight();
        List<Block> lines = new ArrayList<>();
        lines.add(kit.text(kit.say("symptoms.urgent.title", kit.words().callEmergency()),
                type.cardTitle().withColour(HandoutTheme.RED)));
        List<Block> bullets = kit.bullets(medicalCare(), type.body(), HandoutTheme.RED);
        int half = (bullets.size() + 1) / 2;
        lines.add(new Columns(new Stack(bullets.subList(0, half), 2, true),
                new Stack(bullets.subList(half, bullets.size()), 2, true), 12));
        lines.add(kit.text(kit.say("symptoms.urgent.mind"), type.bodyBold()));
        Box.Look look = new Box.Look(8 * type.scale(), 6, Color.WHITE, HandoutTheme.RED, 2f, null, 0);
        return new Box(new Stack(lines, 4 * type.scale(), true), look, true);
    }
}
