package org.restride.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The export baseline: a bare JVM that writes a one-page PDF with the handout's three fonts (Liberation Sans
 * regular, bold and italic, embedded as subsets), and exits.
 */
public final class BarePdf {
    private BarePdf() {
    }

    public static void main(String[] args) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 780;
                for (String style : new String[] {"Regular", "Bold", "Italic"}) {
                    content.beginText();
                    content.setFont(font(document, style), 12);
                    content.newLineAtOffset(54, y);
                    content.showText("Your roadmap back to running, " + style.toLowerCase() + ".");
                    content.endText();
                    y -= 20;
                }
            }
            document.save(Path.of(args[0]).toFile());
        }
    }

    private static PDType0Font font(PDDocument document, String style) throws IOException {
        try (InputStream in = BarePdf.class.getResourceAsStream("/liberation/LiberationSans-" + style + ".ttf")) {
            return PDType0Font.load(document, in);
        }
    }
}
