package org.restride.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every visible glyph of a PDF with its box (top-down page coordinates, points), read back from the file. */
final class Glyphs {
    /** One glyph: its box spans [left, right] × [top, bottom], measured from the page's top-left corner. */
    record Glyph(int page, String text, float left, float right, float top, float bottom, float size, String font) {
        boolean overlaps(Glyph other, float tolerance) {
            return page == other.page && left + tolerance < other.right && other.left + tolerance < right
                    && top + tolerance < other.bottom && other.top + tolerance < bottom;
        }

        @Override
        public String toString() {
            return "'" + text + "' p" + (page + 1) + String.format(" [%.1f–%.1f × %.1f–%.1f] %.1fpt", left, right, top, bottom, size);
        }
    }

    static final float SIDE_MARGIN = HandoutRenderer.SIDE_MARGIN;
    static final float OUTER_MARGIN = 28;
    static final float TOLERANCE = 0.6f;

    private Glyphs() {
    }

    /**
     * What is wrong with the pages' text, read back from the PDF: glyphs outside the side margins or too near
     * the top and bottom edges, glyphs overlapping other glyphs, glyphs below 10 pt. Empty when all is well.
     */
    static List<String> problems(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            List<Glyph> glyphs = of(document);
            List<String> problems = new ArrayList<>();
            for (Glyph g : glyphs) {
                var size = document.getPage(g.page()).getMediaBox();
                if (g.left() < SIDE_MARGIN - TOLERANCE || g.right() > size.getWidth() - SIDE_MARGIN + TOLERANCE
                        || g.top() < OUTER_MARGIN || g.bottom() > size.getHeight() - OUTER_MARGIN) {
                    problems.add("outside the margins: " + g);
                }
                if (g.size() < 10) {
                    problems.add("below 10 pt: " + g);
                }
                if (problems.size() >= 5) {
                    return problems;
                }
            }
            problems.addAll(overlaps(glyphs, TOLERANCE));
            return problems;
        }
    }

    static List<Glyph> of(PDDocument document) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        for (int page = 0; page < document.getNumberOfPages(); page++) {
            int index = page;
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getUnicode() == null || t.getUnicode().isBlank()) {
                        return;
                    }
                    float size = t.getFontSizeInPt();
                    float baseline = t.getYDirAdj();
                    glyphs.add(new Glyph(index, t.getUnicode(), t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(),
                            baseline - 0.72f * size, baseline + 0.2f * size, size, t.getFont().getName()));
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(document);
        }
        return glyphs;
    }

    /** Pairs of glyphs whose boxes overlap by more than the tolerance, at most a few. */
    static List<String> overlaps(List<Glyph> glyphs, float tolerance) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingInt(Glyph::page).thenComparingDouble(Glyph::top));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < sorted.size() && found.size() < 5; i++) {
            Glyph a = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                Glyph b = sorted.get(j);
                if (b.page() != a.page() || b.top() >= a.bottom()) {
                    break;
                }
                if (a.overlaps(b, tolerance)) {
                    found.add(a + " overlaps " + b);
                }
            }
        }
        return found;
    }
}
