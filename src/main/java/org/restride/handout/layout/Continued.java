package org.restride.handout.layout;

/**
 * A block that a {@link ColumnFlow} may cut between its parts when it would not fit at the foot of the left
 * column: it then carries on at the top of the right column of the same page, never over a page. Elsewhere it
 * lays out exactly like its content and stays whole.
 *
 * @param minimumHead the least height worth leaving at the foot of the left column
 * @param minimumTail the least height worth carrying over: a card is not cut for a line or two
 */
public record Continued(Block content, float minimumHead, float minimumTail) implements Wrapper {
    @Override
    public Split split(float width, float available, float fullPage) {
        return content.split(width, available, fullPage);
    }

    @Override
    public boolean keepTogether() {
        return content.keepTogether();
    }
}
