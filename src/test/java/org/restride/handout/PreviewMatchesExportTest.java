package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The preview's first page is drawn from the handout while it is still in memory, not read back from the PDF; it
 * must still be the page the PT exports and prints: the same pages, and page 1 the same, pixel for pixel.
 */
class PreviewMatchesExportTest extends DemoHandouts {
    private static final float DPI = 60;

    @ParameterizedTest(name = "sample {0}, large print {1}, whole roadmap {2}")
    @CsvSource({"0, false, false", "1, false, false", "2, false, false", "0, true, false", "1, false, true"})
    void thePreviewsFirstPageIsTheExportedOne(int sample, boolean largePrint, boolean whole) throws Exception {
        HandoutRequest request = clinic.request(sample);
        request = request.withOptions(request.options().withLargePrint(largePrint).withAllPhases(whole));
        HandoutPreview preview = renderer.preview(request, DPI);
        HandoutResult exported = renderer.render(request);

        assertEquals(exported.pageCount(), preview.result().pageCount(), "pages");
        assertNotNull(preview.firstPage());
        BufferedImage printed = HandoutPages.render(exported.pdf(), 0, DPI);
        assertEquals(printed.getWidth(), preview.firstPage().getWidth(), "width");
        assertEquals(printed.getHeight(), preview.firstPage().getHeight(), "height");
        assertEquals(0, differingPixels(printed, preview.firstPage()), "pixels of page 1 that differ from the export");
        assertEquals(0, differingPixels(HandoutPages.render(preview.result().pdf(), 0, DPI), preview.firstPage()),
                "pixels that differ from the preview's own PDF");
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        return differ;
    }
}
