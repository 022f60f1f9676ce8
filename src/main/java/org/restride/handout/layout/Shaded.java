package org.restride.handout.layout;

import java.awt.Color;
import java.io.IOException;

/**
 * A table cell filled edge to edge with a colour (a planned day), its content drawn on top. {@code spoken} is what
 * a screen reader says for the cell (the colour alone would say nothing), or null.
 */
public record Shaded(Color fill, Block content, String spoken) implements Block {
    @Override
    public float height(float width) {
        return content.height(width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        content.draw(canvas, x, top, width);
    }
}
