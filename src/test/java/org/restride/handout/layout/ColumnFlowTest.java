package org.restride.handout.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How cards fill two columns over pages: a card may carry on at the top of the right column of the same page (never
 * over a page), a card may fill a column's foot ahead of a taller one, the last page may end its shorter column with
 * a check box, and a self-contained section may float up into room a page would otherwise leave empty.
 */
class ColumnFlowTest {
    private static final float GAP = 10;
    private static final float BETWEEN = 8;
    private final PDDocument document = new PDDocument();
    private final DocumentFonts fonts = new DocumentFonts(document, FontLibrary.bundled());
    private final PageFrame frame = new PageFrame(PDRectangle.A4, 50, 50, 50, 50);
    private final float full = frame.bodyHeight();
    private final float half = (frame.bodyWidth() - GAP) / 2;
    /** What each named part drew: its name, page, whether in the left column, and its top. */
    private final List<Drawn> drawn = new ArrayList<>();

    private record Drawn(String name, int page, boolean left, float top) {
        /** Read down the left column, then down the right, page by page. */
        static final Comparator<Drawn> READING = Comparator.comparingInt(Drawn::page)
                .thenComparing(d -> !d.left()).thenComparing(d -> -d.top());
    }

    @AfterEach
    void close() throws Exception {
        fonts.close();
        document.close();
    }

    private Block part(String name, float height) {
        return new Drawing(height, (canvas, x, top, width, h) ->
                drawn.add(new Drawn(name, canvas.pageIndex(), x < frame.left() + half / 2, top)));
    }

    /** A card of parts, each {@code parts} points tall, that starts again with "name (continued)" when cut. */
    private Block card(String name, int parts, float partHeight) {
        List<Block> lines = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            lines.add(part(name + " " + (i + 1), partHeight));
        }
        Stack stack = new Stack(lines, 0, true).resumingWith(part(name + " goes on", 10), part(name + " continued", 10));
        return new Continued(new Box(stack, Box.Look.plain(0, null, null), true), 60, 40);
    }

    /** A card of two parts: a long one, then a short one. */
    private Block cardOfParts(String name, float first, float last) {
        Stack stack = new Stack(List.of(part(name + " 1", first), part(name + " 2", last)), 0, true)
                .resumingWith(part(name + " goes on", 10), part(name + " continued", 10));
        return new Continued(new Box(stack, Box.Look.plain(0, null, null), true), 60, 40);
    }

    private List<Drawn> lay(List<Block> blocks) throws Exception {
        new PageFlow(frame).draw(document, fonts, new PageFlow(frame).layOut(blocks), (c, f, i, n, m) -> { }, false);
        return drawn;
    }

    private void layCards(Block... cards) throws Exception {
        lay(List.of(new ColumnFlow(List.of(cards), GAP, BETWEEN)));
    }

    private Drawn find(String name) {
        return drawn.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    @Test
    void aCardThatMissesTheFootOfTheLeftColumnCarriesOnAtTheTopOfTheRightOne() throws Exception {
        // The left column has room for 2 of the card's 4 parts after the first card; a third card makes the
        // columns too tall for one page unless the second is cut.
        layCards(card("A", 1, full - 250), card("B", 4, 100), card("C", 1, full - 300));
        Drawn b1 = find("B 1");
        Drawn b2 = find("B 2");
        Drawn resumed = find("B continued");
        Drawn b3 = find("B 3");
        assertTrue(b1.left() && b2.left(), "the card starts at the foot of the left column");
        assertEquals(0, resumed.page(), "and carries on on the same page");
        assertTrue(!resumed.left() && !b3.left(), "in the right column");
        assertEquals(frame.bodyTop(), resumed.top(), 0.01, "at its top, with the card's name first");
        assertTrue(resumed.top() > b3.top(), "the name comes before the rest of the card");
        assertEquals(0, find("C 1").page(), "and the page is used to its foot");
        Drawn pointer = find("B goes on");
        assertTrue(pointer.left() && pointer.top() < b2.top(), "the part on the left ends by saying where it goes on");
    }

    @Test
    void aCardIsNotCutToCarryALineOrTwoOver() throws Exception {
        // The left column has room for all but the card's last 20 points: with its name again that is 30 points to
        // carry over, less than its least tail (40).
        layCards(card("A", 1, full - 250), cardOfParts("B", 230, 20), card("C", 1, full - 100));
        assertTrue(drawn.stream().noneMatch(d -> d.name().equals("B continued")), drawn.toString());
        assertTrue(drawn.stream().filter(d -> d.name().startsWith("B")).noneMatch(Drawn::left), "it moves on whole");
    }

    @Test
    void aCardIsNeverCarriedOverAPage() throws Exception {
        // Both columns nearly full: the third card does not fit at the foot of the right column.
        Block left = card("L", 1, full - 150);
        Block right = card("R", 1, full - 150);
        Block third = card("C", 4, 100);
        lay(List.of(new ColumnFlow(List.of(left, right, third), GAP, BETWEEN)));
        assertTrue(drawn.stream().filter(d -> d.name().startsWith("C")).allMatch(d -> d.page() == 1),
                "the card moves whole to the next page: " + drawn);
        assertTrue(drawn.stream().noneMatch(d -> d.name().equals("C continued")));
    }

    @Test
    void aCardTooSmallToLeaveAWorthwhileHeadMovesOnWhole() throws Exception {
        // Only 40 points are left at the foot of the left column, less than the card's least head (60).
        Block first = card("A", 1, full - 40 - BETWEEN);
        Block second = card("B", 3, 100);
        lay(List.of(new ColumnFlow(List.of(first, second), GAP, BETWEEN)));
        assertTrue(drawn.stream().filter(d -> d.name().startsWith("B")).noneMatch(Drawn::left), drawn.toString());
        assertTrue(drawn.stream().noneMatch(d -> d.name().equals("B continued")));
    }

    @Test
    void aSmallerCardFillsTheFootOfAColumnAheadOfATallerOne() throws Exception {
        Block tall1 = card("T1", 1, full - 120);
        Block tall2 = card("T2", 1, full - 120);
        Block wide = card("W", 1, 300);
        Block small = card("S", 1, 100);
        lay(List.of(new ColumnFlow(List.of(tall1, tall2, wide, small), GAP, BETWEEN)));
        assertEquals(0, find("S 1").page(), "the small card fills the room the wide one could not");
        assertEquals(1, find("W 1").page());
    }

    @Test
    void theLastPageEndsItsShorterColumnWithACheckBoxWhenThatIsShorter() {
        Block card1 = part("card 1", 200);
        Block card2 = part("card 2", 290);
        Block check = part("check", 160);
        ColumnFlow inOrder = new ColumnFlow(List.of(card1, card2, check), GAP, BETWEEN);
        ColumnFlow movable = new ColumnFlow(List.of(card1, card2, check), GAP, BETWEEN, Set.of(check));
        assertEquals(290 + BETWEEN + 160, inOrder.height(frame.bodyWidth()), 0.01, "in order: card 1 | card 2, check");
        assertEquals(200 + BETWEEN + 160, movable.height(frame.bodyWidth()), 0.01, "card 1, check | card 2");
    }

    @Test
    void aCheckBoxNeverFillsAColumnAheadOfTheCardOfItsOwnExerciseButMayGoAheadOfOthers() throws Exception {
        // The left column's foot has room for the check but not for its card X; the right column has room under X
        // for the check but not for the card Y after X.
        Block a = card("A", 1, full - 150);
        Block x = card("X", 1, 300);
        Block y = card("Y", 1, full - 300);
        Block check = card("check of X", 1, 100);
        lay(List.of(new ColumnFlow(List.of(a, x, y, check), GAP, BETWEEN, Set.of(check), Map.of(check, x))));
        Drawn ofX = find("check of X 1");
        assertTrue(Drawn.READING.compare(find("X 1"), ofX) < 0, "read after the card of its exercise: " + drawn);
        assertEquals(0, ofX.page(), "still ahead of the next card, to fill the page: " + drawn);
        assertEquals(1, find("Y 1").page());
    }

    @Test
    void aCheckBoxWithNoCardOfItsOwnStillFillsTheFootOfTheLeftColumn() throws Exception {
        Block a = card("A", 1, full - 150);
        Block x = card("X", 1, 300);
        Block check = card("check", 1, 100);
        lay(List.of(new ColumnFlow(List.of(a, x, card("Y", 1, full - 300), check), GAP, BETWEEN, Set.of(check))));
        assertTrue(find("check 1").left() && find("check 1").page() == 0, "under A: " + drawn);
    }

    @Test
    void onTheLastPageACheckBoxEndsTheShorterColumnOnlyAfterItsOwnCard() {
        Block card1 = part("card 1", 200);
        Block card2 = part("card 2", 290);
        Block check = part("check", 160);
        ColumnFlow owned = new ColumnFlow(List.of(card1, card2, check), GAP, BETWEEN, Set.of(check), Map.of(check, card2));
        assertEquals(290 + BETWEEN + 160, owned.height(frame.bodyWidth()), 0.01, "card 1 | card 2, check");
        ColumnFlow afterTheFirst = new ColumnFlow(List.of(card1, card2, check), GAP, BETWEEN, Set.of(check),
                Map.of(check, card1));
        assertEquals(200 + BETWEEN + 160, afterTheFirst.height(frame.bodyWidth()), 0.01, "card 1, check | card 2");
    }

    @Test
    void aFloatingSectionFillsTheRoomAPageWouldLeaveWhenTheNextCardMovesOn() throws Exception {
        Block card = Stack.together(0, part("card", 400));
        Block floating = new Floating(part("done", 100), 14);
        lay(List.of(part("top", full - 300), card, floating, new PageBreak(), part("symptoms", 50)));
        assertEquals(0, find("done").page(), "the short section goes up into the room");
        assertEquals(1, find("card").page());
        assertEquals(2, find("symptoms").page(), "nothing crosses the page break");
    }

    @Test
    void aFloatingSectionNeverJumpsAPageBreak() throws Exception {
        Block card = Stack.together(0, part("card", 400));
        Block floating = new Floating(part("done", 100), 14);
        lay(List.of(part("top", full - 300), card, new PageBreak(), floating));
        assertEquals(1, find("card").page());
        assertTrue(find("done").page() >= 1, "a section after a page break stays after it");
    }

    @Test
    void floatingSectionsThatMissThePageUnderTheColumnsEndTheShorterColumnInstead() throws Exception {
        // The cards' columns: 300 on the left, 150 on the right; the page has 100 left under them.
        Block cards = new ColumnFlow(List.of(part("left card", 300), part("right card", 150)), GAP, BETWEEN);
        Block done = new Floating(part("done", 60), 14);
        Block next = new Floating(part("next", 80), 8);
        lay(List.of(part("top", full - 400), cards, done, next, new PageBreak(), part("symptoms", 50)));
        assertEquals(0, find("next").page(), "no page for the last two short sections alone");
        assertTrue(!find("done").left() && !find("next").left(), "they end the shorter, right column");
        assertTrue(find("right card").top() > find("done").top() && find("done").top() > find("next").top(),
                "read after the cards, in order");
    }

    @Test
    void aFloatingSectionThatFitsUnderTheColumnsStaysFullWidthThere() throws Exception {
        Block cards = new ColumnFlow(List.of(part("left card", 300), part("right card", 150)), GAP, BETWEEN);
        lay(List.of(part("top", full - 500), cards, new Floating(part("done", 60), 14)));
        assertTrue(find("done").left(), "under both columns, from the left margin");
        assertTrue(find("done").top() < find("left card").top() - 300, "below the taller column");
    }
}
