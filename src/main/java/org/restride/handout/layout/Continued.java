package org.restride.handout.layout;

import java.io.IOException;

/**
 * A block that a {@link ColumnFlow} may cut between its parts when it would not fit at the foot of the left
 * column: it then carries on at the top of the right column of the same page, never over a page. Elsewhere it
 * lays out exactly like its content and stays whole.
 *
 * @param minimumHead the least height worth leaving at the foot of the left column
 * @param minimumTail the least height worth carrying over: a card is not cut for a line or two
 */
public record Continued(Block content, float minimumHead, float minimumTail) implements Block {
    @Override
    public float height(float width) {
        return content.height(width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        content.draw(canvas, x, top, width);
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        return content.split(width, available, fullPage);
    }

    @Override
    public boolean keepTogether() {
        return content.keepTogether();
    }
}
