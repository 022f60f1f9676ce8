package org.restride.handout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Pictures of a rendered handout's pages, for the preview. Printing opens the PDF with {@link #open}. */
public final class HandoutPages {
    private HandoutPages() {
    }

    /** Page {@code index} (from 0) as an RGB image at the given resolution (e.g. 72 for 1 px per point). */
    public static BufferedImage render(byte[] pdf, int index, float dpi) throws IOException {
        try (PDDocument document = open(pdf)) {
            if (index < 0 || index >= document.getNumberOfPages()) {
                throw new IllegalArgumentException("page must be between 0 and " + (document.getNumberOfPages() - 1)
                        + " (was " + index + ")");
            }
            return new PDFRenderer(document).renderImageWithDPI(index, dpi, ImageType.RGB);
        }
    }

    /** Every page, in order. */
    public static List<BufferedImage> renderAll(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = open(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        }
    }

    /** The PDF as a document, e.g. for {@code new PDFPageable(document)}; the caller closes it. */
    public static PDDocument open(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }
}
