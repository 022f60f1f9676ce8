package org.restride.handout.layout;

import java.io.IOException;
import java.util.List;

/** Left-aligned text wrapped to the width, with a break at each \n. Splits between lines across pages. */
public final class Paragraph implements Block {
    private static final int MIN_LINES_PER_PART = 2;

    private final DocumentFonts fonts;
    private final String text;
    private final TextStyle style;
    private float wrappedWidth = -1;
    private List<String> lines;

    public Paragraph(DocumentFonts fonts, String text, TextStyle style) {
        this.fonts = fonts;
        this.text = Texts.clean(text);
        this.style = style;
    }

    private Paragraph(DocumentFonts fonts, TextStyle style, List<String> lines, float width) {
        this.fonts = fonts;
        this.text = String.join("\n", lines);
        this.style = style;
        this.lines = lines;
        this.wrappedWidth = width;
    }

    public List<String> lines(float width) {
        if (lines == null || width != wrappedWidth) {
            lines = new LineBreaker(fonts, style).wrap(text, width);
            wrappedWidth = width;
        }
        return lines;
    }

    public TextStyle style() {
        return style;
    }

    @Override
    public float height(float width) {
        return lines(width).size() * style.leading();
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        if (lines(width).isEmpty()) {
            return;
        }
        float baseline = top - style.baselineBelowTop();
        canvas.open(style.role(), null);
        for (String line : lines(width)) {
            canvas.text(line, style, x, baseline);
            baseline -= style.leading();
        }
        canvas.close();
    }

    @Override
    public boolean keepTogether() {
        return false;
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        List<String> all = lines(width);
        int fit = Math.min((int) Math.floor(available / style.leading()), all.size() - MIN_LINES_PER_PART);
        if (fit < MIN_LINES_PER_PART) { // short paragraphs move whole; long ones keep two lines on each side
            return null;
        }
        return new Split(new Paragraph(fonts, style, all.subList(0, fit), width),
                new Paragraph(fonts, style, all.subList(fit, all.size()), width));
    }
}
