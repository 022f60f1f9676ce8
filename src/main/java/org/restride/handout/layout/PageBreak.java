package org.restride.handout.layout;

/**
 * Starts a new page, unless the current one is still empty or filled less than {@code minimumFill} (a share of
 * the page, 0 to 1): a section may then follow a short run-over instead of leaving a nearly blank page.
 */
public record PageBreak(float minimumFill) implements Block {
    public PageBreak() {
        this(0);
    }

    @Override
    public float height(float width) {
        return 0;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) {
    }
}
