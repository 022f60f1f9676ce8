package org.restride.handout.layout;

import java.awt.Color;
import java.io.IOException;

/** A table cell filled edge to edge with a colour (a planned day), its content drawn on top. */
public record Shaded(Color fill, Block content) implements Block {
    @Override
    public float height(float width) {
        return content.height(width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        content.draw(canvas, x, top, width);
    }
}
