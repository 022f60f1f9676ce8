package org.restride.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The WCAG contrast of every character on every page of a PDF against what is printed behind it: each page is drawn
 * without its text, and the colour most often found under a character's box is its background.
 */
final class TextContrast {
    private static final float SCALE = 2;

    /** A character and the contrast it is printed at. */
    record Glyph(int page, String text, int colour, int background, double contrast) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "page %d \"%s\" #%06X on #%06X: %.2f:1", page + 1, text, colour,
                    background, contrast);
        }
    }

    private TextContrast() {
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer withoutText = new PDFRenderer(document) {
                @Override
                protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                    return new PageDrawer(parameters) {
                        @Override
                        protected void showFontGlyph(Matrix matrix, PDFont font, int code, Vector displacement) {
                        }
                    };
                }
            };
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage background = withoutText.renderImage(page, SCALE);
                int pageIndex = page;
                PDFTextStripper stripper = new PDFTextStripper() {
                    {
                        addOperator(new SetNonStrokingColorSpace(this));
                        addOperator(new SetNonStrokingColor(this));
                        addOperator(new SetNonStrokingColorN(this));
                        addOperator(new SetNonStrokingDeviceRGBColor(this));
                        addOperator(new SetNonStrokingDeviceGrayColor(this));
                        addOperator(new SetNonStrokingDeviceCMYKColor(this));
                    }

                    @Override
                    protected void processTextPosition(TextPosition text) {
                        if (text.getUnicode().isBlank()) {
                            return;
                        }
                        int colour;
                        try {
                            colour = getGraphicsState().getNonStrokingColor().toRGB();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                        int behind = mostCommon(background, text.getXDirAdj(), text.getYDirAdj() - text.getHeightDir(),
                                text.getWidthDirAdj(), text.getHeightDir());
                        glyphs.add(new Glyph(pageIndex, text.getUnicode(), colour, behind, contrast(colour, behind)));
                    }
                };
                stripper.setStartPage(page + 1);
                stripper.setEndPage(page + 1);
                stripper.writeText(document, new StringWriter());
            }
        }
        return glyphs;
    }

    private static int mostCommon(BufferedImage image, float x, float y, float w, float h) {
        Map<Integer, Integer> counts = new HashMap<>();
        int x0 = clamp(Math.round(x * SCALE), image.getWidth());
        int x1 = clamp(Math.round((x + w) * SCALE), image.getWidth());
        int y0 = clamp(Math.round(y * SCALE), image.getHeight());
        int y1 = clamp(Math.round((y + h) * SCALE), image.getHeight());
        for (int px = x0; px <= x1; px++) {
            for (int py = y0; py <= y1; py++) {
                counts.merge(image.getRGB(px, py) & 0xFFFFFF, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(size - 1, value));
    }

    /** The WCAG 2 contrast ratio of two sRGB colours, from 1 to 21. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
