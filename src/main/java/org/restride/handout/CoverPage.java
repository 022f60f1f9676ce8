package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Roadmap;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Stack;

/** The first page: the clinic's header, the title and who it is for, the phases at a glance, how to use the plan. */
final class CoverPage {
    private static final float LOGO_HEIGHT = 56;
    private static final float LOGO_MAX_WIDTH = 150;

    private final Kit kit;
    private final HandoutRequest request;
    private final PDImageXObject logo;

    CoverPage(Kit kit, HandoutRequest request, PDImageXObject logo) {
        this.kit = kit;
        this.request = request;
        this.logo = logo;
    }

    List<Block> blocks() {
        Typography type = kit.type();
        Roadmap roadmap = request.roadmap();
        List<Block> blocks = new ArrayList<>();
        Block header = clinicHeader();
        if (header != null) {
            blocks.add(header);
            blocks.add(kit.space(10));
            blocks.add(new Drawing(2, (c, x, top, w, h) -> c.fillRect(x, top - h, w, h, HandoutTheme.PRIMARY)));
            blocks.add(kit.space(22));
        }
        blocks.add(kit.text(HandoutWords.title(roadmap), type.title()));
        String subtitle = HandoutWords.subtitle(roadmap);
        if (subtitle != null) {
            blocks.add(kit.space(4));
            blocks.add(kit.text(subtitle, type.lead().withColour(HandoutTheme.MUTED)));
        }
        blocks.add(kit.space(12));
        blocks.add(kit.text(request.patientName() == null ? "Prepared for: ______________________"
                : "Prepared for " + request.patientName(), type.lead().withFace(org.restride.handout.layout.Face.BOLD)));
        if (roadmap.goal() != null) {
            blocks.add(kit.space(4));
            blocks.add(kit.text("Your goal: " + roadmap.goal(), type.body()));
        }
        blocks.add(kit.space(4));
        String therapist = HandoutWords.therapist(request.clinic());
        blocks.add(kit.text(HandoutWords.date(request.prepared()) + (therapist == null ? "" : "  ·  by " + therapist),
                type.muted()));
        blocks.add(kit.space(24));
        blocks.add(glance(roadmap));
        blocks.add(kit.space(24));
        blocks.add(howToUse());
        return blocks;
    }

    private Block clinicHeader() {
        ClinicProfile clinic = request.clinic();
        List<Block> lines = new ArrayList<>();
        if (clinic.clinicName() != null) {
            lines.add(kit.text(clinic.clinicName(), kit.type().cardTitle().withColour(HandoutTheme.PRIMARY)));
        }
        String contact = HandoutWords.contact(clinic);
        if (!contact.isEmpty()) {
            lines.add(kit.text(contact, kit.type().small()));
        }
        if (lines.isEmpty() && logo == null) {
            return null;
        }
        Block text = new Stack(lines, 3, true);
        if (logo == null) {
            return text;
        }
        float scale = Math.min(LOGO_HEIGHT / logo.getHeight(), LOGO_MAX_WIDTH / logo.getWidth());
        float w = logo.getWidth() * scale;
        float h = logo.getHeight() * scale;
        Drawing picture = new Drawing(LOGO_HEIGHT, (c, x, top, width, height) ->
                c.image(logo, x, top - (LOGO_HEIGHT + h) / 2, w, h));
        return new Beside(picture, w, 16, text);
    }

    private Block glance(Roadmap roadmap) {
        Block heading = kit.text("Your phases at a glance", kit.type().section());
        Block content = roadmap.phases().isEmpty()
                ? kit.text("Your physiotherapist will add the phases of your plan at your next visit.", kit.type().body())
                : new PhaseTimeline(kit, roadmap.phases(), roadmap.currentPhase());
        return Stack.together(10 * kit.type().scale(), heading, content);
    }

    private Block howToUse() {
        Typography type = kit.type();
        List<String> points = new ArrayList<>(List.of(
                "Do the exercises of the phase you are in, on the days shown. Each card says how much and how often.",
                "Move on when you can tick every box under \u201cYou are ready for the next phase when\u2026\u201d. "
                        + "We will check these with you.",
                "Change one thing at a time (time, distance, speed or load), and build up by no more than about "
                        + "10 % a week.",
                "Symptoms are signals to adjust, not reasons to stop for good. \u201cListening to your body\u201d "
                        + "tells you what is fine, when to ease off and when to contact us."));
        if (request.options().log()) {
            points.add("Fill in the weekly log at the back, and bring it to your next visit.");
        }
        List<Block> bullets = kit.bullets(points, type.body(), HandoutTheme.PRIMARY);
        List<Block> items = new ArrayList<>();
        items.add(Stack.together(6 * type.scale(), kit.text("How to use this plan", type.section()), bullets.get(0)));
        items.addAll(bullets.subList(1, bullets.size()));
        return new Stack(items, 6 * type.scale(), false);
    }
}
