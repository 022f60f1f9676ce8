package org.restride.handout.layout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Blocks in two columns that read like a newspaper: down the left column, then down the right. Each block stays
 * whole (unless it is taller than a page); the columns are balanced on the last page, and a page break cuts
 * between blocks, filling the left column first, then the right (see {@link #split}).
 */
public final class ColumnFlow implements Block {
    private final List<Block> items;
    private final float gap;
    private final float between;
    private final Set<Block> movable;
    /** For a movable block, the block it belongs to (a check's own card): it may go ahead of others, never of that one. */
    private final Map<Block, Block> owners;
    /** A card may fill the foot of a column ahead of this many cards too tall for it, no more. */
    private static final int MOST_PASSED = 2;
    /** Where the right column starts when a cut fixed it; -1 to balance the columns. */
    private final int rightStart;

    /** {@code gap} between the columns, {@code between} between blocks in a column; blocks keep their order. */
    public ColumnFlow(List<Block> items, float gap, float between) {
        this(items, gap, between, Set.of());
    }

    /** As above, but the blocks in {@code movable} may go ahead of others to fill a column that would stay short. */
    public ColumnFlow(List<Block> items, float gap, float between, Set<Block> movable) {
        this(items, gap, between, movable, Map.of());
    }

    /**
     * As above, but a movable block that is a key of {@code owners} is read after its owner (a check box after the
     * card of the exercise it checks): it may go ahead of other blocks, never ahead of that one.
     */
    public ColumnFlow(List<Block> items, float gap, float between, Set<Block> movable, Map<Block, Block> owners) {
        this(items, gap, between, movable, owners, -1);
    }

    private ColumnFlow(List<Block> items, float gap, float between, Set<Block> movable, Map<Block, Block> owners,
                       int rightStart) {
        this.rightStart = rightStart;
        this.items = List.copyOf(items);
        this.gap = gap;
        this.between = between;
        this.movable = Collections.newSetFromMap(new IdentityHashMap<>());
        this.movable.addAll(movable);
        this.owners = new IdentityHashMap<>(owners);
    }

    /**
     * The same columns with {@code closing} blocks read after all the others, at the foot of the right column; null
     * where a page break has already fixed the columns.
     */
    public ColumnFlow withTrailing(List<Block> closing) {
        if (rightStart >= 0) {
            return null;
        }
        List<Block> all = new ArrayList<>(items);
        all.addAll(closing);
        return new ColumnFlow(all, gap, between, movable, owners);
    }

    private float half(float width) {
        return (width - gap) / 2;
    }

    private float column(List<Block> blocks, float width) {
        float total = 0;
        for (Block b : blocks) {
            total += b.height(width);
        }
        return total + between * Math.max(0, blocks.size() - 1);
    }

    /** The blocks of each column, as drawn. */
    private record Arrangement(List<Block> left, List<Block> right) {
    }

    /**
     * The columns as even as the order allows (the left the longer); where that leaves a column short, the movable
     * blocks may instead end whichever column is shorter.
     */
    private Arrangement arrange(float width) {
        if (rightStart >= 0) {
            return new Arrangement(items.subList(0, rightStart), items.subList(rightStart, items.size()));
        }
        float half = half(width);
        Arrangement best = null;
        float bestHeight = Float.MAX_VALUE;
        for (int k = items.size(); k >= 0; k--) {
            Arrangement inOrder = new Arrangement(items.subList(0, k), items.subList(k, items.size()));
            float h = height(inOrder, half);
            if (h < bestHeight - 0.01f) {
                bestHeight = h;
                best = inOrder;
            }
        }
        List<Block> fixed = items.stream().filter(b -> !movable.contains(b)).toList();
        List<Block> moving = items.stream().filter(movable::contains).toList();
        for (int k = fixed.size(); k >= 0 && !moving.isEmpty(); k--) {
            List<Block> left = new ArrayList<>(fixed.subList(0, k));
            List<Block> right = new ArrayList<>(fixed.subList(k, fixed.size()));
            for (Block b : moving) {
                boolean ownerOnTheRight = right.stream().anyMatch(r -> r == owners.get(b));
                (!ownerOnTheRight && column(left, half) <= column(right, half) ? left : right).add(b);
            }
            Arrangement filled = new Arrangement(left, right);
            float h = height(filled, half);
            if (h < bestHeight - 0.01f) {
                bestHeight = h;
                best = filled;
            }
        }
        return best;
    }

    private float height(Arrangement columns, float half) {
        return Math.max(column(columns.left(), half), column(columns.right(), half));
    }

    @Override
    public float height(float width) {
        return height(arrange(width), half(width));
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        Arrangement columns = arrange(width);
        float half = half(width);
        new Stack(columns.left(), between, true).draw(canvas, x, top, half);
        new Stack(columns.right(), between, true).draw(canvas, x + half + gap, top, half);
    }

    @Override
    public boolean keepTogether() {
        return false;
    }

    /**
     * Fills the left column, then the right, with the blocks that fit in order. Where a block is too tall for what is
     * left of a column, a movable block after it that fits may go first (but never ahead of its owner), so the page
     * fills up instead of breaking early; a {@link Continued} block may go ahead of one other that does not fit; the
     * others keep their order. A {@link Continued} block that does not fit at the foot of the left column is cut there
     * and carries on at the top of the right one.
     */
    @Override
    public Split split(float width, float available, float fullPage) {
        float half = half(width);
        List<Block> head = new ArrayList<>();
        List<Block> rest = new ArrayList<>(items);
        int right = -1;
        for (int col = 0; col < 2 && !rest.isEmpty(); col++) {
            if (col == 1) {
                right = head.size();
            }
            float used = 0;
            boolean first = true;
            boolean blocked = false;
            int passed = 0;
            for (int i = 0; i < rest.size(); ) {
                Block b = rest.get(i);
                float h = b.height(half) + (first ? 0 : between);
                if (!blocked && col == 0 && used + h > available && b instanceof Continued going) {
                    Split cut = continueOnTheRight(going, half, available - used - (first ? 0 : between), available);
                    if (cut != null) {
                        head.add(cut.head());
                        rest.remove(i);
                        rest.add(0, cut.tail());
                        break;
                    }
                }
                boolean mayGoAhead = (movable.contains(b) && placedFixed(head)) || (b instanceof Continued && passed <= MOST_PASSED);
                if ((blocked && !mayGoAhead) || used + h > available || ownerToCome(b, rest)) {
                    if (!movable.contains(b)) {
                        blocked = true;
                        passed++;
                    }
                    i++;
                    continue;
                }
                head.add(rest.remove(i));
                used += h;
                first = false;
            }
        }
        if (head.isEmpty()) {
            Block big = rest.get(0);
            Split cut = big.height(half) > fullPage ? big.split(half, available, fullPage) : null;
            if (cut == null) {
                return null;
            }
            head.add(cut.head());
            rest.set(0, cut.tail());
        }
        if (rest.isEmpty()) {
            // All of it fits once a check box moves up: this page, then nothing (a space dropped at the next top).
            return new Split(new ColumnFlow(head, gap, between, movable, owners, right < 0 ? head.size() : right),
                    new Spacer(0));
        }
        return new Split(new ColumnFlow(head, gap, between, movable, owners, right < 0 ? head.size() : right),
                new ColumnFlow(rest, gap, between, movable, owners));
    }

    /** Whether the block's owner is still to be placed, so the block must wait for it. */
    private boolean ownerToCome(Block b, List<Block> rest) {
        Block owner = owners.get(b);
        return owner != null && rest.stream().anyMatch(r -> r == owner);
    }

    private boolean placedFixed(List<Block> head) {
        return head.stream().anyMatch(b -> !movable.contains(b));
    }

    /** The block cut to leave a worthwhile head in {@code room}, with a tail that fits in the right column. */
    private static Split continueOnTheRight(Continued block, float width, float room, float column) {
        if (room < block.minimumHead()) {
            return null;
        }
        Split cut = block.split(width, room, column);
        if (cut == null || cut.head().height(width) < block.minimumHead() || cut.tail().height(width) > column
                || cut.tail().height(width) < block.minimumTail()) {
            return null;
        }
        return cut;
    }
}
