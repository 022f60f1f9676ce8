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

    private Glyphs() {
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
