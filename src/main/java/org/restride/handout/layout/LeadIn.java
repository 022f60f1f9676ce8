package org.restride.handout.layout;

import java.io.IOException;
import java.util.List;

/**
 * A paragraph that opens with a few words in their own style ("Stop or ease off if…" in bold), the text running on
 * after them on the same line. One paragraph in the document's structure; kept whole.
 */
public final class LeadIn implements Block {
    private final DocumentFonts fonts;
    private final String lead;
    private final TextStyle leadStyle;
    private final String text;
    private final TextStyle style;
    private float wrappedWidth = -1;
    private List<String> lines;

    public LeadIn(DocumentFonts fonts, String lead, TextStyle leadStyle, String text, TextStyle style) {
        this.fonts = fonts;
        this.lead = Texts.clean(lead).strip();
        this.leadStyle = leadStyle;
        this.text = Texts.clean(text);
        this.style = style;
    }

    private float indent() {
        return fonts.width(lead + " ", leadStyle.face(), leadStyle.size());
    }

    private List<String> lines(float width) {
        if (lines == null || width != wrappedWidth) {
            lines = new LineBreaker(fonts, style).wrap(text, width, indent());
            wrappedWidth = width;
        }
        return lines;
    }

    private float leading() {
        return Math.max(style.leading(), leadStyle.leading());
    }

    @Override
    public float height(float width) {
        return Math.max(1, lines(width).size()) * leading();
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float baseline = top - Math.max(style.baselineBelowTop(), leadStyle.baselineBelowTop());
        canvas.open(style.role(), null);
        canvas.text(lead, leadStyle, x, baseline);
        boolean first = true;
        for (String line : lines(width)) {
            canvas.text(line, style, first ? x + indent() : x, baseline);
            baseline -= leading();
            first = false;
        }
        canvas.close();
    }
}
