package org.restride.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class PdfVectorCanvasTest {
    /** The picture box in PDF points: 200 × 150 at (100, 500) from the bottom-left of an A4 page. */
    private static final float X = 100;
    private static final float Y = 500;
    private static final float W = 200;
    private static final float H = 150;

    @Test
    void aFigureIsWrittenAsVectorPathsInsideItsBox() throws IOException {
        Figure bridge = BuiltInFigures.load().find("bridge-bodyweight").orElseThrow();
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                PdfVectorCanvas.paint(stream, X, Y, W, H, bridge, new FigurePainter());
                // Text drawn after the picture still uses the page's own coordinates: the state was restored.
                stream.setNonStrokingColor(0f, 0f, 0f);
                stream.addRect(10, 10, 5, 5);
                stream.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "figure-vector-test.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            assertFalse(page.getResources().getCOSObject().containsKey(COSName.XOBJECT), "no images or forms on the page");
            String content = contentOf(page);
            assertTrue(content.contains(" c\n"), "cubic curves");
            assertTrue(content.contains("f\n"), "fills");
            assertTrue(content.contains("S\n"), "strokes");
            assertFalse(content.contains(" Do\n"), "no XObject drawn");
            assertEquals(count(content, "q\n"), count(content, "Q\n"), "every saved state is restored");

            float scale = 2;
            BufferedImage image = new PDFRenderer(doc).renderImage(0, scale);
            int pageHeight = image.getHeight();
            int left = (int) (X * scale);
            int top = (int) (pageHeight - (Y + H) * scale);
            int inside = ink(image, left, top, (int) (W * scale), (int) (H * scale));
            int marker = ink(image, (int) (10 * scale) - 2, (int) (pageHeight - 15 * scale) - 2,
                    (int) (5 * scale) + 4, (int) (5 * scale) + 4);
            assertTrue(inside > 2000, "the figure is drawn in its box (" + inside + " pixels)");
            assertTrue(marker > 50, "the square after the picture lands where the page put it");
            assertEquals(ink(image, 0, 0, image.getWidth(), image.getHeight()), inside + marker, "nothing drawn outside the box");
        }
    }

    private static String contentOf(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static int count(String text, String token) {
        int n = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            if (i == 0 || text.charAt(i - 1) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static int ink(BufferedImage image, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y0 + h); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x0 + w); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }
}
