package org.restride.handout.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One page being drawn: text in the document's fonts, shapes and images, in PDF points (origin bottom-left).
 * <p>
 * Everything drawn is marked for the tagged PDF: text belongs to the structure element that is open (a paragraph
 * of its own when the open element is a list or a table), shapes and images inside a figure or a list label belong
 * to it, and all other shapes, and everything drawn as page chrome, are artifacts (decoration a screen reader skips).
 */
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
    private final Structure structure;
    private boolean chrome;
    private boolean inArtifact;
    private PDStructureElement marking;

    Canvas(PDDocument document, PDPageContentStream content, DocumentFonts fonts, int pageIndex, List<Mark> marks,
           Structure structure) {
        this.document = document;
        this.content = content;
        this.fonts = fonts;
        this.pageIndex = pageIndex;
        this.marks = marks;
        this.structure = structure;
    }

    /**
     * The raw content stream, for drawing that the helpers here don't cover (shapes only: text goes through
     * {@link #text}). What is drawn on it is decoration, or part of the open figure. Leave the graphics state as found.
     */
    public PDPageContentStream content() throws IOException {
        markShapes();
        return content;
    }

    /** Opens a structure element (a heading, a list, a figure...) around what is drawn next. */
    public void open(Role role, String alt) {
        if (!chrome) {
            structure.push(role, alt);
        }
    }

    /** Closes the element opened last. */
    public void close() {
        if (!chrome) {
            structure.pop();
        }
    }

    /** From now on everything drawn is page chrome (running headers, footers): artifacts, outside the structure. */
    void chrome(boolean on) throws IOException {
        chrome = on;
        endMarked();
    }

    private void markShapes() throws IOException {
        Structure.Open current = structure.current();
        if (!chrome && current.role().holdsGraphics()) {
            markAs(current.element());
        } else {
            markArtifact();
        }
    }

    private void markArtifact() throws IOException {
        if (!inArtifact) {
            endMarked();
            content.beginMarkedContent(COSName.ARTIFACT);
            inArtifact = true;
        }
    }

    private void markAs(PDStructureElement element) throws IOException {
        if (marking != element) {
            endMarked();
            content.beginMarkedContent(COSName.getPDFName(element.getStructureType()), structure.mark(element));
            marking = element;
        }
    }

    /** Ends the open marked-content sequence, if any. */
    void endMarked() throws IOException {
        if (inArtifact || marking != null) {
            content.endMarkedContent();
            inArtifact = false;
            marking = null;
        }
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
    /** The outline drawn round bold text in a font without a bold, as a share of the size. */
    private static final float FAUX_BOLD_STROKE = 0.035f;

    public void text(String line, TextStyle style, float x, float baseline) throws IOException {
        List<DocumentFonts.Run> runs = fonts.shape(Texts.visualOrder(line.replace(Texts.NO_BREAK_SPACE, ' ')), style.face());
        if (runs.isEmpty()) {
            return;
        }
        boolean ownParagraph = false;
        if (chrome) {
            markArtifact();
        } else {
            if (!structure.current().role().holdsContent()) {
                structure.push(Role.P, null);
                ownParagraph = true;
            }
            markAs(structure.current().element());
        }
        content.beginText();
        content.setNonStrokingColor(style.colour());
        content.newLineAtOffset(x, baseline);
        for (DocumentFonts.Run run : runs) {
            content.setFont(run.font(), style.size());
            // A fallback font has no bold of its own: bold text in it is drawn filled and outlined, so it stays bold.
            boolean fauxBold = style.face() == Face.BOLD && run.font() != fonts.faceFont(Face.BOLD);
            if (fauxBold) {
                content.setStrokingColor(style.colour());
                content.setLineWidth(style.size() * FAUX_BOLD_STROKE);
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
            }
            content.showText(run.text());
            if (fauxBold) {
                content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
            }
        }
        content.endText();
        if (ownParagraph) {
            endMarked();
            structure.pop();
        }
    }

    public float width(String text, TextStyle style) {
        return fonts.width(text.replace(Texts.NO_BREAK_SPACE, ' '), style.face(), style.size());
    }

    public void fillRect(float x, float y, float w, float h, Color fill) throws IOException {
        markShapes();
        content.setNonStrokingColor(fill);
        content.addRect(x, y, w, h);
        content.fill();
    }

    public void line(float x1, float y1, float x2, float y2, Color colour, float lineWidth) throws IOException {
        markShapes();
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
        markShapes();
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
        markShapes();
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
        markShapes();
        content.drawImage(image, x, y, w, h);
    }

    /** Saves the graphics state (marked content never straddles a save and its restore). */
    public void save() throws IOException {
        endMarked();
        content.saveGraphicsState();
    }

    public void restore() throws IOException {
        endMarked();
        content.restoreGraphicsState();
    }
}
