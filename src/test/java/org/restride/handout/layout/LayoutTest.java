package org.restride.handout.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LayoutTest {
    static FontLibrary library;
    private final PDDocument document = new PDDocument();
    private final DocumentFonts fonts = new DocumentFonts(document, library());
    private final TextStyle body = TextStyle.of(Face.REGULAR, 12, Color.BLACK);
    private final PageFrame frame = new PageFrame(PDRectangle.A4, 50, 50, 50, 50);

    @BeforeAll
    static void loadFonts() {
        library = FontLibrary.bundled();
    }

    private static FontLibrary library() {
        return library == null ? FontLibrary.bundled() : library;
    }

    @AfterEach
    void close() throws Exception {
        fonts.close();
        document.close();
    }

    private Paragraph text(String text) {
        return new Paragraph(fonts, text, body);
    }

    /** A block of fixed height that can't be cut, like a card. */
    private static Block solid(float height) {
        return new Drawing(height, (c, x, top, w, h) -> { });
    }

    @Test
    void whatLiberationSansHasIsDrawnInItAndWhatItLacksIsAPlaceholderNamedOnce() {
        String covered = "Día 1 – “pelvic floor” · 5 × 10 … ½ café";
        List<DocumentFonts.Run> runs = fonts.shape(covered, Face.REGULAR);
        assertEquals(1, runs.size(), "one font for all of it");
        assertEquals(covered, runs.get(0).text());
        assertEquals(fonts.faceFont(Face.REGULAR), runs.get(0).font());
        assertTrue(fonts.missing().isEmpty(), fonts.missing().toString());

        String lacking = "Walk \u4E2D\u4E2D";
        String drawn = String.join("", fonts.shape(lacking, Face.BOLD).stream().map(DocumentFonts.Run::text).toList());
        assertEquals("Walk \u25A1\u25A1", drawn, "a visible placeholder where the bundled font has no glyph");
        assertEquals(List.of(0x4E2D), fonts.missingInOrder());
        assertTrue(fonts.width(lacking, Face.BOLD, 12) > fonts.width("Walk ", Face.BOLD, 12), "the placeholder takes room");
    }

    @Test
    void wrappingUsesTheRealWidthsAndKeepsEveryWord() {
        String words = "Breathe out as you lift your hips, and let your ribs soften as you lower them slowly back down.";
        List<String> lines = text(words).lines(150);
        assertTrue(lines.size() >= 3, lines.toString());
        for (String line : lines) {
            assertTrue(fonts.width(line, Face.REGULAR, 12) <= 150, line);
        }
        assertEquals(words, String.join(" ", lines));
        assertTrue(fonts.width(lines.get(0) + " " + lines.get(1).split(" ")[0], Face.REGULAR, 12) > 150,
                "each line is as full as it can be");
    }

    @Test
    void aWordWiderThanTheLineIsCutAndLineBreaksAreKept() {
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
        List<String> lines = text("Short\n\n" + word).lines(120);
        assertEquals("Short", lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals(word, String.join("", lines.subList(2, lines.size())));
        lines.forEach(l -> assertTrue(fonts.width(l, Face.REGULAR, 12) <= 120, l));
    }

    @Test
    void blocksFillPagesAndPageBreaksStartNewOnes() {
        float full = frame.bodyHeight();
        List<Block> blocks = List.of(solid(full / 2), solid(full / 2), solid(10), new PageBreak(), new Spacer(40), solid(10));
        List<List<PageFlow.Placed>> pages = new PageFlow(frame).layOut(blocks);
        assertEquals(3, pages.size());
        assertEquals(2, pages.get(0).size());
        assertEquals(1, pages.get(1).size());
        assertEquals(List.of(0f), pages.get(2).stream().map(PageFlow.Placed::offset).toList(), "no space at the top of a page");
    }

    @Test
    void aKeepTogetherBlockMovesWholeToTheNextPage() {
        float full = frame.bodyHeight();
        Block card = Stack.together(4, solid(100), text("Line one\nLine two\nLine three"), solid(100));
        List<List<PageFlow.Placed>> pages = new PageFlow(frame).layOut(List.of(solid(full - 150), card));
        assertEquals(2, pages.size());
        assertEquals(card, pages.get(1).get(0).block());
    }

    @Test
    void aLongParagraphIsCutBetweenLinesAcrossPages() {
        float full = frame.bodyHeight();
        Paragraph long_ = text("A sentence that goes on. ".repeat(300));
        int lines = long_.lines(frame.bodyWidth()).size();
        List<List<PageFlow.Placed>> pages = new PageFlow(frame).layOut(List.of(solid(full - 100), long_));
        assertTrue(pages.size() >= 3);
        int drawn = 0;
        for (List<PageFlow.Placed> page : pages) {
            for (PageFlow.Placed placed : page) {
                if (placed.block() instanceof Paragraph p) {
                    drawn += p.lines(frame.bodyWidth()).size();
                    assertTrue(placed.offset() + p.height(frame.bodyWidth()) <= full + 0.01f, "fits its page");
                }
            }
        }
        assertEquals(lines, drawn, "every line is drawn once");
    }

    @Test
    void aKeepTogetherBlockTallerThanAPageIsCutAfterAll() {
        Box card = new Box(new Stack(List.of(text("Title"), text("word ".repeat(3000))), 4, true),
                Box.Look.plain(10, Color.WHITE, Color.GRAY), true);
        List<List<PageFlow.Placed>> pages = new PageFlow(frame).layOut(List.of(solid(50), card));
        assertTrue(pages.size() >= 3, "cut over " + pages.size() + " pages");
        for (List<PageFlow.Placed> page : pages) {
            for (PageFlow.Placed placed : page) {
                assertTrue(placed.offset() + placed.block().height(frame.bodyWidth()) <= frame.bodyHeight() + 0.01f);
            }
        }
    }

    @Test
    void aTableCutAcrossPagesRepeatsItsHeader() {
        List<List<Block>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of(text("Row " + i), new Spacer(0)));
        }
        Table table = new Table(List.of(new Table.Column(0, 1), new Table.Column(40, 0)),
                List.of(text("Exercise"), text("Mo")), rows, new Table.Look(4, 28, Color.LIGHT_GRAY, Color.GRAY, 0.5f));
        Block.Split split = table.split(frame.bodyWidth(), 400, frame.bodyHeight());
        assertNotNull(split);
        float header = text("Exercise").height(100) + 8;
        float rowHeight = 28;
        int firstRows = (int) ((400 - header) / rowHeight);
        assertEquals(header + firstRows * rowHeight, split.head().height(frame.bodyWidth()), 0.01f);
        assertEquals(header + (60 - firstRows) * rowHeight, split.tail().height(frame.bodyWidth()), 0.01f,
                "the rest starts with the header again");
    }

    @Test
    void aTableCutByAPageSaysItGoesOnUnderItsLastRowThereAndFitsWithTheNote() {
        List<List<Block>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(List.of(text("Row " + i), new Spacer(0)));
        }
        Block note = text("The table goes on over the page");
        Table table = new Table(List.of(new Table.Column(0, 1), new Table.Column(40, 0)),
                List.of(text("Exercise"), text("Mo")), rows, new Table.Look(4, 28, Color.LIGHT_GRAY, Color.GRAY, 0.5f))
                .continuedWith(note);
        Block.Split split = table.split(frame.bodyWidth(), 300, frame.bodyHeight());
        assertNotNull(split);
        assertTrue(split.head() instanceof Stack stack && stack.children().get(1) == note, "the note closes the part");
        assertTrue(split.head().height(frame.bodyWidth()) <= 300, "the part and its note fit the room");
        assertEquals(20, rowsIn(split.head()) + rowsIn(split.tail()), "every row is printed once");
        assertNull(((Table) split.tail()).split(frame.bodyWidth(), frame.bodyHeight(), frame.bodyHeight()),
                "no note where the rest fits");
    }

    private float rowsIn(Block part) {
        Block table = part instanceof Stack stack ? stack.children().get(0) : part;
        float header = text("Exercise").height(100) + 8;
        return Math.round((table.height(frame.bodyWidth()) - header) / 28);
    }

    @Test
    void aTableNeverLeavesOneRowAloneOverThePage() {
        List<List<Block>> rows = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rows.add(List.of(text("Row " + i), new Spacer(0)));
        }
        Table table = new Table(List.of(new Table.Column(0, 1), new Table.Column(40, 0)),
                List.of(text("Exercise"), text("Mo")), rows, new Table.Look(4, 28, Color.LIGHT_GRAY, Color.GRAY, 0.5f));
        float header = text("Exercise").height(100) + 8;
        Block.Split split = table.split(frame.bodyWidth(), header + 7 * 28 + 1, frame.bodyHeight());
        assertNotNull(split);
        assertEquals(header + 6 * 28, split.head().height(frame.bodyWidth()), 0.01f, "six rows stay");
        assertEquals(header + 2 * 28, split.tail().height(frame.bodyWidth()), 0.01f, "two go over, not one");
    }

    @Test
    void rightToLeftRunsAreDrawnInVisualOrder() {
        assertEquals("Sara \u05D4\u05E8\u05E9 ok", Texts.visualOrder("Sara \u05E9\u05E8\u05D4 ok"));
        assertEquals("plain", Texts.visualOrder("plain"));
        assertEquals("a b\nc", Texts.clean("a\tb\r\nc\u0007"));
    }
}
