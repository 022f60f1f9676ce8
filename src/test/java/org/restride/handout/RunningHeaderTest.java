package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.domain.Exercise;
import org.restride.domain.Roadmap;
import org.restride.handout.layout.FontLibrary;

/** The running header on page 2 onwards wraps rather than cuts: never "…after your caes…". */
class RunningHeaderTest {
    @TempDir
    Path folder;

    private static String header(byte[] pdf, int page) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float width = document.getPage(page).getMediaBox().getWidth();
            stripper.addRegion("header", new java.awt.geom.Rectangle2D.Float(0, 0, width, 62));
            stripper.extractRegions(document.getPage(page));
            return stripper.getTextForRegion("header").replaceAll("\\s+", " ").strip();
        }
    }

    @Test
    void everyDemoHeaderShowsTheWholeTitleAndName() throws Exception {
        try (SampleClinic clinic = new SampleClinic(folder.resolve("data"))) {
            HandoutRenderer renderer = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);
            for (int sample = 0; sample < 3; sample++) {
                HandoutRequest request = clinic.request(sample);
                String header = header(renderer.render(request).pdf(), 1);
                assertTrue(header.contains(HandoutWords.title(new HandoutText(request.clinic()), request.roadmap())), header);
                assertTrue(header.contains(request.patientName()), header);
                assertFalse(header.contains("\u2026"), header);
            }
        }
    }

    @Test
    void aTitleTooLongForTwoLinesIsShortenedByWholeWords() throws Exception {
        String sport = HandoutWords.sportTitle(new HandoutText(Roadmaps.clinic("Clinic", null)), Roadmaps.roadmap("x", List.of()));
        String title = sport + " after a long and winding road through many seasons".repeat(3);
        Roadmap roadmap = Roadmaps.roadmap(title, List.of(Roadmaps.phase("One", Roadmaps.items(6, null)),
                Roadmaps.phase("Two", Roadmaps.items(6, null))));
        List<Exercise> exercises = Roadmaps.exercises(6, "Exercise");
        HandoutRequest request = Roadmaps.request(roadmap, exercises, "Maya", Roadmaps.clinic("Clinic", null));
        byte[] pdf = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE).render(request).pdf();
        String header = header(pdf, 1);
        int ellipsis = header.indexOf('\u2026');
        assertTrue(ellipsis > 0, "shortened: " + header);
        List<String> words = Arrays.asList(title.split(" "));
        for (String word : header.substring(0, ellipsis).split(" ")) {
            assertTrue(words.contains(word), "\u201c" + word + "\u201d is a whole word of the title: " + header);
        }
    }
}
