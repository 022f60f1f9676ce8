package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.app.Wording;
import org.restride.domain.Criterion;
import org.restride.text.Words;
import org.restride.domain.PaperSize;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.layout.FontLibrary;

/** What a patient reads in the sample handouts, extracted from the PDF as a screen reader would. */
class HandoutContentTest {
    private static final Wording LINES = new Wording(Words.english());

    @TempDir
    static Path folder;
    static SampleClinic clinic;
    static HandoutRenderer renderer;

    @BeforeAll
    static void openClinic() {
        clinic = new SampleClinic(folder.resolve("data"));
        renderer = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);
    }

    @AfterAll
    static void closeClinic() {
        clinic.close();
    }

    static String text(HandoutResult result) throws Exception {
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void herHandoutForNowHasEverySectionAndHerCurrentPhaseInFull() throws Exception {
        HandoutRequest request = clinic.request(0);
        HandoutResult result = renderer.render(request);
        String text = text(result);
        for (String expected : List.of("Riverside Pelvic Health", "Your roadmap back to running", "Prepared for Maya",
                "14 March 2025", "Dr. Hannah Reyes, PT, DPT", "You are here", "This week",
                "Call if you notice", "call 999", "Key: effort 0–10", "Listening to your body",
                "This is fine: carry on", "Ease off: lighter, shorter or a different way",
                "Contact your physiotherapist: call +44 20 7946 0123",
                "Get medical care now: call your doctor or midwife straight away, or call 999 in an emergency",
                "Your log", "How to do them", "On a tired day",
                "What you have done", "Coming next: phase 3", "Usually weeks 10 to 12 after the birth.", "Page 1 of " + result.pageCount(),
                "Page " + result.pageCount() + " of " + result.pageCount(), "does not replace medical advice")) {
            assertTrue(text.contains(expected), "missing: " + expected);
        }
        int current = request.roadmap().currentPhase();
        Phase phase = request.roadmap().phases().get(current);
        assertTrue(text.contains(flat(phase.name())));
        for (PhaseItem item : phase.items()) {
            assertTrue(text.contains(flat(request.exercises().get(item.exerciseId()).name())), item.exerciseId());
        }
        for (Criterion criterion : phase.exitCriteria()) {
            assertTrue(text.contains(flat(LINES.checklistLine(criterion))), LINES.checklistLine(criterion));
        }
        Phase later = request.roadmap().phases().get(current + 2);
        assertFalse(text.contains(flat(later.name())) && text.contains("Phase " + (current + 3) + " of"),
                "a later phase is not printed in full");
        assertTrue(text.contains("You are ready for the next phase when"));
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void theWholeRoadmapPrintsEveryPhaseInFull() throws Exception {
        HandoutRequest request = clinic.request(0);
        String text = text(renderer.render(request.withOptions(request.options().withAllPhases(true))));
        for (Phase phase : request.roadmap().phases()) {
            assertTrue(text.contains(flat(phase.name())), "phase " + phase.name());
            String weeks = Words.english().weeks(phase.weeks().from(), phase.weeks().to());
            assertTrue(text.contains(weeks), weeks);
            for (PhaseItem item : phase.items()) {
                if (!WalkRunWeeks.isWalkRunCard(item.exerciseId())) {
                    assertTrue(text.contains(flat(request.exercises().get(item.exerciseId()).name())), item.exerciseId());
                }
            }
            for (Criterion criterion : phase.exitCriteria()) {
                assertTrue(text.contains(flat(LINES.checklistLine(criterion))), LINES.checklistLine(criterion));
            }
        }
    }

    @Test
    void fontsAreEmbeddedAndTheMetadataCarriesNoName() throws Exception {
        HandoutResult result = renderer.render(clinic.request(1));
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("LiberationSans"), font.getName());
            }
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("Your roadmap back to running", info.getTitle());
            assertEquals("Restride", info.getCreator());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            StringBuilder metadata = new StringBuilder();
            info.getMetadataKeys().forEach(k -> metadata.append(info.getCustomMetadataValue(k)).append(' '));
            metadata.append(info.getTitle()).append(info.getSubject()).append(info.getAuthor()).append(info.getKeywords());
            assertFalse(metadata.toString().contains("Léa"), metadata.toString());
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            List<Phase> phases = clinic.request(1).roadmap().phases();
            assertEquals(List.of("This week", "Phase " + (clinic.request(1).roadmap().currentPhase() + 1) + ": "
                    + phases.get(clinic.request(1).roadmap().currentPhase()).name(), "Listening to your body", "Your log"),
                    bookmarks);
        }
    }

    @Test
    void eachOptionShowsInThePages() throws Exception {
        HandoutRequest request = clinic.request(2);
        HandoutResult a4 = renderer.render(request.withOptions(request.options().withPaper(PaperSize.A4)));
        HandoutResult letter = renderer.render(request.withOptions(request.options().withPaper(PaperSize.LETTER)));
        HandoutResult large = renderer.render(request.withOptions(request.options().withLargePrint(true)));
        HandoutResult noLog = renderer.render(request.withOptions(request.options().withLog(false)));
        assertPageSize(a4, PDRectangle.A4);
        assertPageSize(letter, PDRectangle.LETTER);
        assertTrue(large.pageCount() > a4.pageCount(), "large print takes more pages");
        // Cards are set at 11 in two columns (the rest at 12); large print makes all a sixth larger.
        assertEquals(12f, commonestSize(a4), 0.01f);
        assertTrue(commonestSize(large) >= 12f, "large print's commonest size: " + commonestSize(large));
        assertTrue(text(a4).contains("Your log"));
        assertFalse(text(noLog).contains("Your log"));
        assertTrue(text(noLog).contains("does not replace medical advice"), "the disclaimer stays, on the last page");
    }

    private static void assertPageSize(HandoutResult result, PDRectangle expected) throws Exception {
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            assertEquals(result.pageCount(), document.getNumberOfPages());
            for (var page : document.getPages()) {
                assertEquals(expected.getWidth(), page.getMediaBox().getWidth(), 0.01f);
                assertEquals(expected.getHeight(), page.getMediaBox().getHeight(), 0.01f);
            }
        }
    }

    /** The size most of the text is set in: the body size. */
    private static float commonestSize(HandoutResult result) throws Exception {
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            var counts = new java.util.TreeMap<Float, Integer>();
            Glyphs.of(document).forEach(g -> counts.merge(Math.round(g.size() * 10) / 10f, 1, Integer::sum));
            return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }
}
