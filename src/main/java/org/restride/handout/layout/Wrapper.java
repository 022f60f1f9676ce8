package org.restride.handout.layout;

import java.io.IOException;

/** A block that lays out and draws exactly as its content does, and only says something more about it. */
public interface Wrapper extends Block {
    Block content();

    @Override
    default float height(float width) {
        return content().height(width);
    }

    @Override
    default void draw(Canvas canvas, float x, float top, float width) throws IOException {
        content().draw(canvas, x, top, width);
    }
}
