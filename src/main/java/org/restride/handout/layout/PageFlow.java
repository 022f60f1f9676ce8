package org.restride.handout.layout;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Flows blocks onto pages, keeping blocks together where they ask to, then draws the pages. */
public final class PageFlow {
    /** A block placed on a page, {@code offset} points below the top of the body. */
    public record Placed(Block block, float offset) {
    }

    /** Draws what is the same on every page: headers and footers with "page X of Y". */
    @FunctionalInterface
    public interface Decoration {
        void decorate(Canvas canvas, PageFrame frame, int pageIndex, int pageCount, List<Canvas.Mark> marks)
                throws IOException;
    }

    private final PageFrame frame;

    public PageFlow(PageFrame frame) {
        this.frame = frame;
    }

    public List<List<Placed>> layOut(List<Block> blocks) {
        float width = frame.bodyWidth();
        float full = frame.bodyHeight();
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        pages.add(page);
        float used = 0;
        Deque<Block> queue = new ArrayDeque<>(blocks);
        while (!queue.isEmpty()) {
            Block block = queue.poll();
            boolean empty = page.isEmpty();
            if (empty && block instanceof Floating floating) {
                block = floating.content();
            }
            if (block instanceof PageBreak || (empty && block instanceof Spacer)) {
                if (block instanceof PageBreak pageBreak && !empty && used > pageBreak.minimumFill() * full) {
                    page = new ArrayList<>();
                    pages.add(page);
                    used = 0;
                }
                continue;
            }
            float height = block.height(width);
            float room = full - used;
            if (height <= room) {
                page.add(new Placed(block, used));
                used += height;
                continue;
            }
            if (block instanceof Floating floating) {
                float joined = intoTheColumns(page, floating, width, full);
                if (joined >= 0) {
                    used = joined;
                    continue;
                }
            }
            Block.Split split = null;
            if (!(block.keepTogether() && height <= full && !empty)) {
                split = block.split(width, room, full);
            }
            if (split != null) {
                page.add(new Placed(split.head(), used));
                queue.push(split.tail());
            } else if (empty) {
                page.add(new Placed(block, used)); // taller than a page and cannot be cut: the best we can do
            } else {
                queue.push(block);
                Floating early = firstFloating(queue);
                if (early != null && early.height(width) <= room) {
                    queue.remove(early);
                    page.add(new Placed(early, used));
                    used += early.height(width);
                    continue;
                }
            }
            page = new ArrayList<>();
            pages.add(page);
            used = 0;
        }
        if (pages.size() > 1 && page.isEmpty()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    /**
     * Where a floating section does not fit under the cards' columns, it may end their shorter column instead, with
     * the floating sections already placed under them: returns how much of the page is then used, or -1 when that
     * does not fit either (the page is left as it was).
     */
    private static float intoTheColumns(List<Placed> page, Floating floating, float width, float full) {
        int at = page.size() - 1;
        List<Block> after = new ArrayList<>();
        while (at >= 0 && page.get(at).block() instanceof Floating placed) {
            after.add(0, placed.content());
            at--;
        }
        if (at < 0 || !(page.get(at).block() instanceof ColumnFlow columns)) {
            return -1;
        }
        after.add(floating.content());
        ColumnFlow joined = columns.withTrailing(after);
        float offset = page.get(at).offset();
        if (joined == null || offset + joined.height(width) > full) {
            return -1;
        }
        page.subList(at, page.size()).clear();
        page.add(new Placed(joined, offset));
        return offset + joined.height(width);
    }

    /** The next floating block before the section ends (at a page break), or null. */
    private static Floating firstFloating(Deque<Block> queue) {
        for (Block b : queue) {
            if (b instanceof PageBreak) {
                return null;
            }
            if (b instanceof Floating floating) {
                return floating;
            }
        }
        return null;
    }

    /**
     * Adds the pages to the document, with the structure tree of a tagged PDF (the decoration is drawn as artifacts),
     * and returns the bookmarks met on them. Uncompressed page contents make a
     * larger file sooner, which suits a preview that is drawn once and thrown away.
     */
    public List<Canvas.Mark> draw(PDDocument document, DocumentFonts fonts, List<List<Placed>> pages,
                                  Decoration decoration, boolean compress) throws IOException {
        List<Canvas.Mark> marks = new ArrayList<>();
        Structure structure = new Structure(document);
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = new PDPage(frame.size());
            document.addPage(page);
            structure.startPage(page, i);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, compress)) {
                Canvas canvas = new Canvas(document, content, fonts, i, marks, structure);
                for (Placed placed : pages.get(i)) {
                    placed.block().draw(canvas, frame.left(), frame.bodyTop() - placed.offset(), frame.bodyWidth());
                }
                canvas.chrome(true);
                decoration.decorate(canvas, frame, i, pages.size(), marks);
                canvas.endMarked();
            }
        }
        structure.finish(document);
        return marks;
    }
}
