package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** The overflow and overlap check of the geometry tests finds what it is meant to find. */
class GlyphCheckTest {
    private static byte[] pdf(float[][] textAt) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document,
                    GlyphCheckTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf"));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (float[] at : textAt) {
                    content.beginText();
                    content.setFont(font, at[2]);
                    content.newLineAtOffset(at[0], at[1]);
                    content.showText("Heel slides");
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void cleanTextPasses() throws Exception {
        assertEquals(List.of(), Glyphs.problems(pdf(new float[][] {{60, 700, 12}, {60, 684, 12}})));
    }

    @Test
    void overlappingTextIsFound() throws Exception {
        List<String> problems = Glyphs.problems(pdf(new float[][] {{60, 700, 12}, {65, 695, 12}}));
        assertTrue(problems.stream().anyMatch(p -> p.contains("overlaps")), problems.toString());
    }

    @Test
    void textInTheMarginOrTooSmallIsFound() throws Exception {
        assertTrue(Glyphs.problems(pdf(new float[][] {{20, 700, 12}})).get(0).startsWith("outside the margins"));
        assertTrue(Glyphs.problems(pdf(new float[][] {{500, 700, 12}})).get(0).startsWith("outside the margins"));
        assertTrue(Glyphs.problems(pdf(new float[][] {{60, 10, 12}})).get(0).startsWith("outside the margins"));
        assertTrue(Glyphs.problems(pdf(new float[][] {{60, 700, 8}})).get(0).startsWith("below 10 pt"));
    }
}
