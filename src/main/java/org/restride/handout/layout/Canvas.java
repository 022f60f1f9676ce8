package org.restride.handout.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** One page being drawn: text in the document's fonts, shapes and images, in PDF points (origin bottom-left). */
public final class Canvas {
    /** A place in the document a bookmark can point to. */
    public record Mark(String title, int page, float top) {
    }

    private static final float KAPPA = 0.5523f;

    private final PDDocument document;
    private final PDPageContentStream content;
    private final DocumentFonts fonts;
    private final int pageIndex;
    private final List<Mark> marks;

    Canvas(PDDocument document, PDPageContentStream content, DocumentFonts fonts, int pageIndex, List<Mark> marks) {
        this.document = document;
        this.content = content;
        this.fonts = fonts;
        this.pageIndex = pageIndex;
        this.marks = marks;
    }

    /** The raw content stream, for drawing that the helpers here don't cover. Leave the graphics state as found. */
    public PDPageContentStream content() {
        return content;
    }

    /** The document the page belongs to, for images drawn on it. */
    public PDDocument document() {
        return document;
    }

    public DocumentFonts fonts() {
        return fonts;
    }

    public int pageIndex() {
        return pageIndex;
    }

    void mark(String title, float top) {
        marks.add(new Mark(title, pageIndex, top));
    }

    /** One line of text, its baseline at y. */
    public void text(String line, TextStyle style, float x, float baseline) throws IOException {
        List<DocumentFonts.Run> runs = fonts.shape(Texts.visualOrder(line.replace(Texts.NO_BREAK_SPACE, ' ')), style.face());
        if (runs.isEmpty()) {
            return;
        }
        content.beginText();
        content.setNonStrokingColor(style.colour());
        content.newLineAtOffset(x, baseline);
        for (DocumentFonts.Run run : runs) {
            content.setFont(run.font(), style.size());
            content.showText(run.text());
        }
        content.endText();
    }

    public float width(String text, TextStyle style) {
        return fonts.width(text.replace(Texts.NO_BREAK_SPACE, ' '), style.face(), style.size());
    }

    public void fillRect(float x, float y, float w, float h, Color fill) throws IOException {
        content.setNonStrokingColor(fill);
        content.addRect(x, y, w, h);
        content.fill();
    }

    public void line(float x1, float y1, float x2, float y2, Color colour, float lineWidth) throws IOException {
        content.setStrokingColor(colour);
        content.setLineWidth(lineWidth);
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    /** A rectangle with rounded corners; fill and stroke may each be null. */
    public void roundedRect(float x, float y, float w, float h, float radius, Color fill, Color stroke, float lineWidth)
            throws IOException {
        if (fill == null && stroke == null) {
            return;
        }
        roundedPath(x, y, w, h, radius);
        if (fill != null) {
            content.setNonStrokingColor(fill);
        }
        if (stroke != null) {
            content.setStrokingColor(stroke);
            content.setLineWidth(lineWidth);
        }
        if (fill != null && stroke != null) {
            content.fillAndStroke();
        } else if (fill != null) {
            content.fill();
        } else {
            content.stroke();
        }
    }

    /** Adds a rounded rectangle to the current path, e.g. to clip to. */
    public void roundedPath(float x, float y, float w, float h, float radius) throws IOException {
        float r = Math.max(0, Math.min(radius, Math.min(w, h) / 2));
        float k = r * KAPPA;
        content.moveTo(x + r, y);
        content.lineTo(x + w - r, y);
        content.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        content.lineTo(x + w, y + h - r);
        content.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        content.lineTo(x + r, y + h);
        content.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        content.lineTo(x, y + r);
        content.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        content.closePath();
    }

    public void circle(float cx, float cy, float r, Color fill, Color stroke, float lineWidth) throws IOException {
        roundedRect(cx - r, cy - r, 2 * r, 2 * r, r, fill, stroke, lineWidth);
    }

    /** An empty square to tick by hand. */
    public void tickBox(float x, float y, float size, Color stroke) throws IOException {
        roundedRect(x, y, size, size, size * 0.15f, Color.WHITE, stroke, 1f);
    }

    public void image(PDImageXObject image, float x, float y, float w, float h) throws IOException {
        content.drawImage(image, x, y, w, h);
    }

    public void save() throws IOException {
        content.saveGraphicsState();
    }

    public void restore() throws IOException {
        content.restoreGraphicsState();
    }
}
