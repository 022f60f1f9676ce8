package org.restride.handout.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Blocks one under the other with a gap between them. */
public final class Stack implements Block {
    private final List<Block> children;
    private final float gap;
    private final boolean keepTogether;
    private final Block resume;
    private final Block leaving;

    public Stack(List<Block> children, float gap, boolean keepTogether) {
        this(children, gap, keepTogether, null, null);
    }

    private Stack(List<Block> children, float gap, boolean keepTogether, Block leaving, Block resume) {
        this.children = List.copyOf(children);
        this.gap = gap;
        this.keepTogether = keepTogether;
        this.leaving = leaving;
        this.resume = resume;
    }

    /**
     * The same stack, cut only between its parts: the part before the cut ends with {@code leaving} ("continues
     * on the right →") and what is left starts with {@code resume} ("Squat (continued)").
     */
    public Stack resumingWith(Block leaving, Block resume) {
        return new Stack(children, gap, keepTogether, leaving, resume);
    }

    public static Stack together(float gap, Block... children) {
        return new Stack(List.of(children), gap, true);
    }

    public List<Block> children() {
        return children;
    }

    @Override
    public float height(float width) {
        float total = 0;
        for (Block child : children) {
            total += child.height(width);
        }
        return total + gap * Math.max(0, children.size() - 1);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float y = top;
        for (Block child : children) {
            child.draw(canvas, x, y, width);
            y -= child.height(width) + gap;
        }
    }

    @Override
    public boolean keepTogether() {
        return keepTogether;
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        List<Block> head = new ArrayList<>();
        float used = leaving == null ? 0 : leaving.height(width) + gap;
        for (int i = 0; i < children.size(); i++) {
            Block child = children.get(i);
            float before = head.isEmpty() ? 0 : gap;
            float room = available - used - before;
            float h = child.height(width);
            if (h <= room) {
                head.add(child);
                used += before + h;
                continue;
            }
            List<Block> tail = new ArrayList<>(children.subList(i + 1, children.size()));
            boolean mayCut = (resume == null && !child.keepTogether()) || h > fullPage;
            Split cut = mayCut ? child.split(width, room, fullPage) : null;
            if (cut != null) {
                head.add(cut.head());
                tail.add(0, cut.tail());
            } else {
                tail.add(0, child);
            }
            if (head.isEmpty()) {
                return null;
            }
            if (resume != null) {
                head.add(leaving);
                tail.add(0, resume);
            }
            return new Split(new Stack(head, gap, keepTogether), new Stack(tail, gap, keepTogether));
        }
        return null;
    }
}
