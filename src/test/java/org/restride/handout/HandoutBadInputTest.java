package org.restride.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restride.handout.layout.FontLibrary;

/** Awkward roadmaps, names and logos: each gives a readable PDF (and a warning where due), never a crash. */
class HandoutBadInputTest {
    @TempDir
    Path folder;

    private final HandoutRenderer renderer = new HandoutRenderer(FontLibrary.bundled(), ExercisePictures.NONE);

    private static void assertReadable(HandoutResult result) throws IOException {
        assertTrue(result.pageCount() >= 2);
        assertEquals(List.of(), Glyphs.problems(result.pdf()));
    }

    /** Keeps the first two pages as pictures in target/handout-pages, for reviewers to look at. */
    private static void keep(HandoutResult result, String name) throws IOException {
        Path out = Path.of("target", "handout-pages");
        Files.createDirectories(out);
        for (int page = 0; page < 2; page++) {
            javax.imageio.ImageIO.write(HandoutPages.render(result.pdf(), page, 72), "png",
                    out.resolve("bad-input-" + name + "-page-" + (page + 1) + ".png").toFile());
        }
    }

    @Test
    void veryLongNamesWrapInsideTheMargins() throws Exception {
        String unbroken = "Supercalifragilistic".repeat(4);
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("X".repeat(200), List.of(
                Roadmaps.phase("Phase".repeat(24), Roadmaps.items(3, "Note " + "x".repeat(300))))),
                Roadmaps.exercises(3, unbroken), "N".repeat(200), Roadmaps.clinic("C".repeat(200), null));
        HandoutResult result = renderer.render(request);
        assertReadable(result);
        keep(result, "long-names");
        String text = HandoutContentTest.text(result).replace(" ", "");
        assertTrue(text.contains(unbroken), "the long name is all there, cut across lines");
        assertTrue(text.contains("x".repeat(300)));
    }

    @Test
    void notesOfThousandsOfCharactersFlowOntoMorePages() throws Exception {
        String note = "This is a long note from your physio, number %d. ";
        StringBuilder longNote = new StringBuilder();
        for (int i = 0; longNote.length() < 3900; i++) {
            longNote.append(String.format(note, i));
        }
        longNote.append("The very end.");
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan", List.of(
                Roadmaps.phase("One", Roadmaps.items(2, longNote.toString())))), Roadmaps.exercises(2, "Bridge"),
                "Ana", Roadmaps.clinic("Clinic", null));
        HandoutResult result = renderer.render(request);
        assertReadable(result);
        String text = HandoutContentTest.text(result);
        assertTrue(text.contains("The very end."));
        assertTrue(text.contains("number 60."));
    }

    @Test
    void fortyExercisesInAPhaseGiveWholeCards() throws Exception {
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan", List.of(
                Roadmaps.phase("Busy", Roadmaps.items(40, null)), Roadmaps.phase("Empty", List.of()))),
                Roadmaps.exercises(40, "Exercise"), "Ana", Roadmaps.clinic("Clinic", null));
        HandoutResult result = renderer.render(request);
        assertReadable(result);
        try (PDDocument document = HandoutPages.open(result.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int cardsSeen = 0;
            boolean started = false;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("[ \\t]*\\R[ \\t]*(?=[a-z])", " ");
                if (text.contains("This is fine: carry on")) {
                    break; // the weekly log lists the names again, without the cards
                }
                if (!started) { // "This week" lists them without their cards, up to "How to do them"
                    int cardsFrom = text.indexOf("How to do them");
                    if (cardsFrom < 0) {
                        continue;
                    }
                    started = true;
                    text = text.substring(cardsFrom);
                }
                java.util.Set<String> onPage = new java.util.HashSet<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("Exercise (\\d+)\\b").matcher(text);
                while (m.find()) {
                    onPage.add(m.group(1));
                }
                int names = onPage.size();
                cardsSeen += names;
                assertEquals(names, text.split("Stop or ease off:", -1).length - 1,
                        "every card begun on page " + page + " ends there");
            }
            assertTrue(cardsSeen >= 40, "every card is printed (" + cardsSeen + ")");
        }
        HandoutResult whole = renderer.render(request.withOptions(request.options().withAllPhases(true)));
        assertTrue(HandoutContentTest.text(whole).contains("Your physical therapist will add the exercises for this phase."));
        assertTrue(whole.warnings().contains("Phase 2 (Empty) has no exercises yet."), whole.warnings().toString());
    }

    @Test
    void anEmptyRoadmapStillPrintsItsGuide() throws Exception {
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan", List.of()), List.of(), null,
                Roadmaps.clinic(null, null));
        HandoutResult result = renderer.render(request);
        assertReadable(result);
        String text = HandoutContentTest.text(result);
        assertTrue(text.contains("Prepared for: ____"));
        assertTrue(text.contains("Listening to your body"));
        assertTrue(text.contains("Your log"));
        assertTrue(result.warnings().get(0).contains("no phases"), result.warnings().toString());
    }

    @Test
    void namesInAnyScriptPrintOrAreReplacedVisibly() throws Exception {
        String names = "Ольга Σοφία שרה مريم 李小龙 Ana💪🏽 Zoë";
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan", List.of(
                Roadmaps.phase(names, Roadmaps.items(1, names)))), Roadmaps.exercises(1, "Bridge"), names,
                Roadmaps.clinic(names, null));
        HandoutResult result = renderer.render(request);
        assertReadable(result);
        keep(result, "scripts");
        String text = HandoutContentTest.text(result);
        assertTrue(text.contains("Ольга") && text.contains("Σοφία") && text.contains("Zoë"), text);
        assertTrue(text.contains("\u25A1"), "a visible placeholder");
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        String warning = result.warnings().get(0);
        assertTrue(warning.contains("李 (U+674E)") && warning.contains("💪 (U+1F4AA)") && warning.contains("م (U+0645)"), warning);
        assertFalse(warning.contains("U+1F3FD"), "the skin-tone modifier is dropped quietly");
        assertFalse(warning.contains("Ольга") || warning.contains("U+05E9"), "Cyrillic and Hebrew print");
    }

    @Test
    void aFallbackFontDrawsWhatLiberationLacks() throws Exception {
        Path dejaVu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(dejaVu), "DejaVu Sans is installed");
        HandoutRenderer withFallback = new HandoutRenderer(FontLibrary.withFallbacks(List.of(dejaVu, folder.resolve("none.ttf"))),
                ExercisePictures.NONE);
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan ✓", List.of()), List.of(), "Mariam ✓",
                Roadmaps.clinic("Clinic", null));
        HandoutResult result = withFallback.render(request);
        assertReadable(result);
        assertTrue(result.warnings().stream().noneMatch(w -> w.contains("U+2713")), result.warnings().toString());
        assertTrue(HandoutContentTest.text(result).contains("Mariam ✓"));
    }

    @Test
    void logosHugeTinyOrNotImagesNeverStopTheHandout() throws Exception {
        byte[] huge = Roadmaps.png(5000, 2500);
        byte[] tiny = Roadmaps.png(2, 2);
        byte[] text = "this is not a picture".getBytes();
        byte[] cut = java.util.Arrays.copyOf(Roadmaps.png(200, 100), 80);
        HandoutResult withHuge = renderer.render(Roadmaps.request(Roadmaps.roadmap("Plan", List.of()), List.of(), "Ana",
                Roadmaps.clinic("Clinic", huge)));
        assertReadable(withHuge);
        keep(withHuge, "huge-logo");
        assertTrue(withHuge.warnings().stream().noneMatch(w -> w.contains("logo")), withHuge.warnings().toString());
        assertTrue(withHuge.pdf().length < 2_000_000, "the huge logo is scaled down: " + withHuge.pdf().length);
        assertWarns(tiny, "The clinic logo is very small (2 × 2 pixels) and may print blurred.");
        assertWarns(text, "The clinic logo is not a PNG or JPEG image, so the handout is printed without it.");
        assertWarns(cut, "The clinic logo could not be read, so the handout is printed without it.");
    }

    private void assertWarns(byte[] logo, String warning) throws IOException {
        HandoutResult result = renderer.render(Roadmaps.request(Roadmaps.roadmap("Plan", List.of()), List.of(), "Ana",
                Roadmaps.clinic("Clinic", logo)));
        assertReadable(result);
        assertTrue(result.warnings().contains(warning), result.warnings().toString());
    }

    @Test
    void writingLeavesNoPartialFileBehind() throws Exception {
        HandoutRequest request = Roadmaps.request(Roadmaps.roadmap("Plan", List.of(Roadmaps.phase("One", Roadmaps.items(1, null)))),
                Roadmaps.exercises(1, "Bridge"), "Ana", Roadmaps.clinic("Clinic", null));
        Path missingFolder = folder.resolve("missing").resolve("plan.pdf");
        assertThrows(IOException.class, () -> renderer.write(request, missingFolder));
        assertFalse(Files.exists(missingFolder.getParent()));

        Path target = folder.resolve("plan.pdf");
        Files.writeString(target, "the handout printed last week");
        ExercisePictures broken = new ExercisePictures() {
            @Override
            public boolean has(String exerciseId) {
                return true;
            }

            @Override
            public void draw(String id, org.apache.pdfbox.pdmodel.PDDocument document,
                             org.apache.pdfbox.pdmodel.PDPageContentStream content, float x, float y, float w, float h)
                    throws IOException {
                throw new IOException("picture file is damaged");
            }
        };
        assertThrows(HandoutException.class, () -> new HandoutRenderer(FontLibrary.bundled(), broken).write(request, target));
        assertArrayEquals("the handout printed last week".getBytes(), Files.readAllBytes(target));

        HandoutResult written = renderer.write(request, target);
        assertEquals(target, written.file());
        assertArrayEquals(written.pdf(), Files.readAllBytes(target));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(target), files.toList(), "no temporary files are left");
        }
    }
}
