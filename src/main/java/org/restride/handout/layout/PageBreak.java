package org.restride.handout.layout;

/** Starts a new page, unless the current one is still empty. */
public record PageBreak() implements Block {
    @Override
    public float height(float width) {
        return 0;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) {
    }
}
