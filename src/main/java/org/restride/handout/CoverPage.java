package org.restride.handout;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.restride.domain.ClinicProfile;
import org.restride.domain.Roadmap;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Role;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Tagged;

/** The top of the first page: the clinic's header, the title and who it is for, and the phases at a glance. */
final class CoverPage {
    private static final float LOGO_HEIGHT = 56;
    private static final float LOGO_MAX_WIDTH = 150;

    private final Kit kit;
    private final HandoutRequest request;
    private final PDImageXObject logo;
    private final String disclaimer;

    CoverPage(Kit kit, HandoutRequest request, PDImageXObject logo, String disclaimer) {
        this.kit = kit;
        this.request = request;
        this.logo = logo;
        this.disclaimer = disclaimer;
    }

    List<Block> blocks() {
        Typography type = kit.type();
        Roadmap roadmap = request.roadmap();
        List<Block> blocks = new ArrayList<>();
        Block header = clinicHeader();
        if (header != null) {
            blocks.add(header);
            blocks.add(kit.space(8));
            blocks.add(new Drawing(2, (c, x, top, w, h) -> c.fillRect(x, top - h, w, h, HandoutTheme.PRIMARY)));
            blocks.add(kit.space(10));
        }
        blocks.add(kit.text(HandoutWords.title(kit.words(), roadmap), type.title()));
        String subtitle = HandoutWords.subtitle(kit.words(), roadmap);
        if (subtitle != null) {
            blocks.add(kit.space(4));
            blocks.add(kit.text(subtitle, type.lead().withColour(HandoutTheme.MUTED)));
        }
        blocks.add(kit.space(8));
        blocks.add(kit.text(request.patientName() == null ? kit.say("cover.preparedForBlank")
                : kit.say("cover.preparedFor", request.patientName()), type.lead().withFace(Face.BOLD)));
        // Her own goals, in her words, say more than the plan's (and give "your goal weight" a number she can find).
        if (!request.goals().isEmpty()) {
            blocks.add(kit.space(2));
            blocks.add(kit.text(kit.say("cover.herGoals", String.join("; ", request.goals())), type.body()));
        } else if (roadmap.goal() != null) {
            blocks.add(kit.space(2));
            blocks.add(kit.text(kit.say("cover.goal", roadmap.goal()), type.body()));
        }
        blocks.add(kit.space(2));
        String therapist = HandoutWords.therapist(request.clinic());
        String date = kit.words().date(request.prepared());
        blocks.add(kit.text(therapist == null ? date : kit.say("cover.dateBy", date, therapist), type.muted()));
        blocks.add(kit.space(2));
        blocks.add(kit.text(disclaimer, type.small()));
        blocks.add(kit.space(10));
        blocks.add(glance(roadmap));
        blocks.add(kit.space(10));
        return blocks;
    }

    private Block clinicHeader() {
        ClinicProfile clinic = request.clinic();
        List<Block> lines = new ArrayList<>();
        if (clinic.clinicName() != null) {
            lines.add(kit.text(clinic.clinicName(), kit.type().cardTitle().withColour(HandoutTheme.PRIMARY).asBody()));
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
        String alt = clinic.clinicName() == null ? kit.words().alt("issued.alt.logo")
                : kit.words().alt("issued.alt.clinicLogo", clinic.clinicName());
        return new Beside(new Tagged(Role.FIGURE, picture, alt), w, 16, text);
    }

    /** The phases as a timeline with "You are here"; its own picture says what it is, so it needs no heading. */
    private Block glance(Roadmap roadmap) {
        return roadmap.phases().isEmpty()
                ? kit.text(kit.say("cover.noPhases"), kit.type().body())
                : new Tagged(Role.FIGURE, new PhaseTimeline(kit, roadmap.phases(), roadmap.currentPhase()),
                        PhaseTimeline.describe(kit.words(), roadmap.phases(), roadmap.currentPhase()));
    }
}
