package org.restride.handout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.restride.app.Wording;
import org.restride.domain.Phase;
import org.restride.domain.PhaseKind;
import org.restride.domain.Roadmap;
import org.restride.domain.progress.RedFlag;
import org.restride.domain.progress.SymptomGuide;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.Columns;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.PageBreak;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.TextStyle;

/**
 * "Listening to your body", one page in the order she needs it: fine, ease off, contact us, and get medical care
 * now with the emergency number of the clinic's country. The wording is the symptom catalogue's
 * ({@link SymptomGuide}), the same the visit verdict uses, tailored to her plan: running lines in a running
 * plan, the four P's in a lifting plan, the wound signs after a caesarean.
 */
final class SymptomsGuide {
    /** Entries this short or fewer (the signals' names) print in two columns. */
    private static final int SHORT = 70;

    /** Each band's colour, tint and shape, so they stay apart in black and white. */
    private enum Look {
        FINE(HandoutTheme.GREEN, HandoutTheme.GREEN_TINT),
        EASE_OFF(HandoutTheme.AMBER, HandoutTheme.AMBER_TINT),
        CONTACT_US(HandoutTheme.RED, HandoutTheme.RED_TINT),
        MEDICAL_NOW(HandoutTheme.RED, Color.WHITE);

        final Color colour;
        final Color tint;

        Look(Color colour, Color tint) {
            this.colour = colour;
            this.tint = tint;
        }
    }

    /** A band in words. */
    record Band(SymptomGuide.Level level, String title, String when, List<String> entries) {
    }

    private final Kit kit;
    private final HandoutRequest request;
    private final Wording wording;

    SymptomsGuide(Kit kit, HandoutRequest request) {
        this.kit = kit;
        this.request = request;
        // The catalogue says "contact {clinician}": here that reads "contact your physiotherapist".
        this.wording = new Wording(kit.words().catalogueWords());
    }

    /** The plan as the catalogue sees it. */
    static SymptomGuide.Plan plan(HandoutRequest request) {
        Roadmap.Sport sport = request.roadmap().sport();
        boolean running = sport == Roadmap.Sport.RUNNING || sport == Roadmap.Sport.RUNNING_AND_LIFTING;
        boolean lifting = sport == Roadmap.Sport.LIFTING || sport == Roadmap.Sport.RUNNING_AND_LIFTING;
        boolean impact = request.roadmap().phases().stream().map(Phase::kind).anyMatch(k -> k == PhaseKind.IMPACT);
        return new SymptomGuide.Plan(running, lifting, impact, request.caesarean());
    }

    /**
     * The warning signs the first page's stop box names: the first {@code most} in the page's order, and after a
     * caesarean the wound's signs among them.
     */
    List<String> firstSigns(int most) {
        boolean caesarean = plan(request).caesarean();
        List<RedFlag> flags = Arrays.stream(RedFlag.values()).filter(f -> caesarean || !f.caesareanOnly()).toList();
        long wound = flags.stream().filter(RedFlag::caesareanOnly).count();
        List<String> signs = new ArrayList<>();
        for (int i = 0; i < flags.size(); i++) {
            if (flags.get(i).caesareanOnly() || i < most - wound) {
                signs.add(wording.say(flags.get(i).phrase()));
            }
        }
        return signs;
    }

    /** The four bands in words, in the order they print. */
    List<Band> bands() {
        List<Band> bands = new ArrayList<>();
        for (SymptomGuide.Band band : SymptomGuide.forPlan(plan(request))) {
            List<String> entries = band.entries().stream().map(wording::say).toList();
            String title = wording.say(band.title());
            if (band.level() == SymptomGuide.Level.CONTACT_US) {
                String reach = request.clinic().phone() != null ? kit.say("contact.call", request.clinic().phone())
                        : HandoutWords.howToReach(kit.words(), request.clinic());
                title = reach == null ? title : kit.say("symptoms.titleReach", title, reach);
            } else if (band.level() == SymptomGuide.Level.MEDICAL_NOW) {
                title = kit.say("symptoms.titleReach", title, kit.say("symptoms.medicalReach", kit.words().callEmergency()));
            }
            bands.add(new Band(band.level(), title, band.when() == null ? null : wording.say(band.when()), entries));
        }
        return bands;
    }

    /**
     * The page: a new page, its bookmark, and the bands, the emergency box on the same page. Where the plan's bands
     * need more room than the page has, their lines close up (never their size); only what cannot fit one page even
     * then is cut, between bands.
     */
    List<Block> blocks(float width, float height) {
        List<Block> blocks = new ArrayList<>(List.of(new PageBreak(), new Bookmark(kit.say("symptoms.title"))));
        Block page = new Stack(page(kit.type().dense(), 1), 3 * kit.type().scale(), false);
        if (page.height(width) > height) {
            page = new Stack(page(kit.type().closest(), 0.6f), 2 * kit.type().scale(), false);
        }
        if (page.height(width) <= height) {
            blocks.add(page);
            return blocks;
        }
        // Large print: fine and ease off on one page, then contact us with the emergency box on the next.
        List<Block> bands = page(kit.type().dense(), 1);
        for (int i = 0; i < bands.size(); i++) {
            if (i == bands.size() - 2) {
                blocks.add(new PageBreak());
            }
            blocks.add(bands.get(i));
            blocks.add(kit.space(3));
        }
        return blocks;
    }

    /** The title and the four bands; {@code room} scales the space around and between lines. */
    private List<Block> page(Typography type, float room) {
        String title = kit.say("symptoms.title");
        List<Block> page = new ArrayList<>();
        page.add(kit.text(title, type.section().withColour(HandoutTheme.PRIMARY)));
        for (Band band : bands()) {
            page.add(band(band, Look.valueOf(band.level().name()), type, room));
        }
        return page;
    }

    private Block band(Band band, Look look, Typography type, float room) {
        float icon = type.cardTitle().size() * 1.1f;
        Drawing mark = new Drawing(type.cardTitle().leading(), (canvas, x, top, w, h) ->
                shape(canvas, look, x, top - (h + icon) / 2, icon));
        List<Block> lines = new ArrayList<>();
        lines.add(new Beside(mark, icon, 8, kit.text(band.title(), type.cardTitle().withColour(look.colour))));
        if (band.when() != null) {
            lines.add(kit.text(band.when(), type.cardBody().withFace(Face.BOLD)));
        }
        List<String> shortOnes = new ArrayList<>();
        List<String> longOnes = new ArrayList<>();
        for (String entry : band.entries()) {
            (entry.length() <= SHORT ? shortOnes : longOnes).add(entry);
        }
        TextStyle text = type.cardBody();
        if (shortOnes.size() > 2) {
            lines.add(twoColumns(kit.bullets(shortOnes, text, look.colour), shortOnes));
        } else {
            longOnes.addAll(0, shortOnes);
        }
        if (longOnes.size() > 3) {
            lines.add(twoColumns(kit.bullets(longOnes, text, look.colour), longOnes));
        } else if (!longOnes.isEmpty()) {
            lines.add(kit.list(kit.bullets(longOnes, text, look.colour), 1));
        }
        float padding = (3 + 2 * room) * type.scale();
        Box.Look box = look == Look.MEDICAL_NOW
                ? new Box.Look(padding, 6, Color.WHITE, HandoutTheme.RED, 2f, null, 0)
                : Box.Look.plain(padding, look.tint, null).withEdge(look.colour, 4);
        return new Box(new Stack(lines, (1 + room) * type.scale(), true), box, true);
    }

    /** The bullets in two columns, cut where the two hold about as many characters. */
    private static Block twoColumns(List<Block> bullets, List<String> texts) {
        int total = texts.stream().mapToInt(String::length).sum();
        int half = 0;
        int chars = 0;
        while (half < texts.size() - 1 && chars + texts.get(half).length() / 2 < total / 2) {
            chars += texts.get(half++).length();
        }
        half = Math.max(1, half);
        return new Columns(new Stack(bullets.subList(0, half), 1, true),
                new Stack(bullets.subList(half, bullets.size()), 1, true), 12);
    }

    private static void shape(Canvas canvas, Look look, float x, float y, float size) throws IOException {
        if (look == Look.FINE) {
            canvas.circle(x + size / 2, y + size / 2, size / 2, look.colour, null, 0);
        } else if (look == Look.EASE_OFF) {
            var c = canvas.content();
            c.setNonStrokingColor(look.colour);
            c.moveTo(x, y);
            c.lineTo(x + size, y);
            c.lineTo(x + size / 2, y + size);
            c.closePath();
            c.fill();
        } else if (look == Look.CONTACT_US) {
            canvas.roundedRect(x, y, size, size, 2, look.colour, null, 0);
        } else {
            canvas.roundedRect(x, y, size, size, 2, look.colour, null, 0);
            canvas.line(x + size * 0.5f, y + size * 0.2f, x + size * 0.5f, y + size * 0.8f, Color.WHITE, size * 0.18f);
            canvas.line(x + size * 0.2f, y + size * 0.5f, x + size * 0.8f, y + size * 0.5f, Color.WHITE, size * 0.18f);
        }
    }
}
