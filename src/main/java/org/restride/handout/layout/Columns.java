package org.restride.handout.layout;

import java.io.IOException;

/** Two blocks side by side, each half the width less half the gap: a short list in two columns. Never cut. */
public record Columns(Block left, Block right, float gap) implements Block {
    private float half(float width) {
        return (width - gap) / 2;
    }

    @Override
    public float height(float width) {
        return Math.max(left.height(half(width)), right.height(half(width)));
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        left.draw(canvas, x, top, half(width));
        right.draw(canvas, x + half(width) + gap, top, half(width));
    }
}
