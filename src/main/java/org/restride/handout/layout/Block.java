package org.restride.handout.layout;

import java.io.IOException;

/**
 * Something laid out in the page's flow, top to bottom. Coordinates are PDF points; a block drawn at
 * {@code top} fills the band from {@code top - height(width)} up to {@code top}.
 */
public interface Block {
    float height(float width);

    void draw(Canvas canvas, float x, float top, float width) throws IOException;

    /**
     * Cuts the block so that the head fits in {@code available} points, or returns null if no useful head fits.
     * {@code fullPage} is the height of an empty page, so a block can tell whether keeping together is possible.
     * Blocks that cannot be cut return null.
     */
    default Split split(float width, float available, float fullPage) {
        return null;
    }

    /** Whether the block would rather move to the next page than be cut (when it fits on one page). */
    default boolean keepTogether() {
        return true;
    }

    /** The two parts of a cut block. */
    record Split(Block head, Block tail) {
    }
}
