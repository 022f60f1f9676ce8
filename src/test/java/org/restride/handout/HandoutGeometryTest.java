package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restride.domain.PaperSize;
import org.restride.handout.layout.FontLibrary;

/** Every page of the sample handouts, read back from the PDF: text stays inside the margins and never overlaps. */
class HandoutGeometryTest {
    @TempDir
    static Path folder;
    static SampleClinic clinic;
    static HandoutRenderer renderer;
    static HandoutRenderer withoutPictures;

    @BeforeAll
    static void openClinic() {
        clinic = new SampleClinic(folder.resolve("data"));
        renderer = new HandoutRenderer(FontLibrary.bundled(), LibraryPictures.of(clinic.workspace()));
        withoutPictures = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);
    }

    @AfterAll
    static void closeClinic() {
        clinic.close();
    }

    static Stream<Arguments> handouts() {
        return Stream.of(0, 1, 2).flatMap(sample -> Stream.of(
                Arguments.of(sample, PaperSize.A4, false, true, "en"),
                Arguments.of(sample, PaperSize.LETTER, false, true, "en"),
                Arguments.of(sample, PaperSize.A4, true, true, "en"),
                Arguments.of(sample, PaperSize.LETTER, true, true, "en"),
                Arguments.of(sample, PaperSize.A4, false, false, "en"),
                Arguments.of(sample, PaperSize.LETTER, false, true, "es"),
                Arguments.of(sample, PaperSize.LETTER, true, true, "es"),
                Arguments.of(sample, PaperSize.A4, false, false, "es")));
    }

    @ParameterizedTest(name = "sample {0}, {1}, large print {2}, pictures {3}, {4}")
    @MethodSource("handouts")
    void noTextLeavesTheMarginsOrOverlaps(int sample, PaperSize paper, boolean largePrint, boolean pictures,
                                          String language) throws Exception {
        HandoutRequest request = clinic.request(sample);
        request = new HandoutRequests(clinic.workspace().handoutSources()).inItsLanguage(request.withOptions(
                request.options().withPaper(paper).withLargePrint(largePrint).withLanguage(language))).request();
        HandoutResult result = (pictures ? renderer : withoutPictures).render(request);
        assertEquals(List.of(), Glyphs.problems(result.pdf()));
        assertTrue(HandoutContentTest.text(result).length() > 5000, "the handout has text");
    }

    @Test
    void samplePagesAreWrittenForReviewers() throws Exception {
        Path out = Path.of("target", "handout-pages");
        Files.createDirectories(out);
        for (int sample = 0; sample < 3; sample++) {
            HandoutResult result = renderer.render(clinic.request(sample));
            for (int page : new int[] {0, 1, result.pageCount() - 3, result.pageCount() - 1}) {
                BufferedImage image = HandoutPages.render(result.pdf(), page, 72);
                assertTrue(image.getWidth() > 500 && image.getHeight() > 700);
                ImageIO.write(image, "png", out.resolve("sample-" + (sample + 1) + "-page-" + (page + 1) + ".png").toFile());
            }
        }
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.count() >= 12);
        }
    }
}
