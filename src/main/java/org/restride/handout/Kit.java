package org.restride.handout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.restride.domain.Exercise;
import org.restride.handout.layout.Beside;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.DocumentFonts;
import org.restride.handout.layout.LeadIn;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Paragraph;
import org.restride.handout.layout.Role;
import org.restride.handout.layout.Spacer;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Tagged;
import org.restride.handout.layout.TextStyle;

/** The building blocks of one handout, in its fonts, type scale and words. */
final class Kit {
    private final DocumentFonts fonts;
    private final Typography type;
    private final HandoutText words;

    Kit(DocumentFonts fonts, Typography type, HandoutText words) {
        this.fonts = fonts;
        this.type = type;
        this.words = words;
    }

    DocumentFonts fonts() {
        return fonts;
    }

    Typography type() {
        return type;
    }

    HandoutText words() {
        return words;
    }

    /** Shorthand for {@code words().get(key, args)}. */
    /** An exercise's name as she reads it; its id where the library no longer has it. */
    String exerciseName(HandoutRequest request, String id) {
        Exercise exercise = request.exercises().get(id);
        return exercise == null ? id : words.fill(exercise.name());
    }

    String say(String key, Object... args) {
        return words.get(key, args);
    }

    Paragraph text(String text, TextStyle style) {
        return new Paragraph(fonts, text, style);
    }

    /** A paragraph that opens with a lead-in in its own style: "Tips: breathe out as you lift." */
    LeadIn leadIn(String lead, TextStyle leadStyle, String text, TextStyle style) {
        return new LeadIn(fonts, lead, leadStyle, text, style);
    }

    Spacer space(float points) {
        return new Spacer(points * type.scale());
    }

    /** A list item with a round bullet (tagged as a list item: its label and its body). */
    Block bullet(String text, TextStyle style, Color bulletColour) {
        float indent = style.size() * 1.2f;
        Drawing dot = new Drawing(style.leading(), (canvas, x, top, width, height) -> canvas.circle(
                x + style.size() * 0.3f, firstLineMiddle(style, top), style.size() * 0.17f, bulletColour, null, 0));
        return item(new Beside(new Tagged(Role.LBL, dot, "\u2022"), indent, 0, new Tagged(Role.LBODY, text(text, style))));
    }

    /** A list item (tagged as one), for items that are not plain bullets. */
    static Block item(Block content) {
        return new Tagged(Role.LI, content);
    }

    /** A numbered list item: "1." hanging to the left of the text. */
    Block numbered(int number, String text, TextStyle style) {
        float indent = style.size() * 1.5f;
        String label = number + ".";
        Drawing n = new Drawing(style.leading(), (canvas, x, top, width, height) ->
                canvas.text(label, style.withFace(org.restride.handout.layout.Face.BOLD), x,
                        top - style.baselineBelowTop()));
        return item(new Beside(new Tagged(Role.LBL, n), indent, 0, new Tagged(Role.LBODY, text(text, style))));
    }

    /** A checklist line with an empty box to tick. */
    Block tickItem(String text, TextStyle style) {
        float box = style.size() * 1.05f;
        Drawing tick = new Drawing(style.leading(), (canvas, x, top, width, height) -> canvas.tickBox(
                x, firstLineMiddle(style, top) - box / 2, box, HandoutTheme.PRIMARY));
        return item(new Beside(new Tagged(Role.LBL, tick, "\u2610"), box, style.size() * 0.7f,
                new Tagged(Role.LBODY, text(text, style))));
    }

    /** Items one under the other, as one block that may be cut between items. */
    Block list(List<Block> items, float gap) {
        return new Tagged(Role.L, new Stack(items, gap * type.scale(), false));
    }

    List<Block> bullets(List<String> texts, TextStyle style, Color bulletColour) {
        List<Block> items = new ArrayList<>();
        texts.forEach(t -> items.add(bullet(t, style, bulletColour)));
        return items;
    }

    /** The height of the middle of lower-case letters on the first line of a block of this style. */
    static float firstLineMiddle(TextStyle style, float top) {
        return top - style.baselineBelowTop() + style.size() * 0.3f;
    }
}
