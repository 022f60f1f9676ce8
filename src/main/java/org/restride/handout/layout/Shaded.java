package org.restride.handout.layout;

import java.awt.Color;

/**
 * A table cell filled edge to edge with a colour (a planned day), its content drawn on top. {@code spoken} is what
 * a screen reader says for the cell (the colour alone would say nothing), or null.
 */
public record Shaded(Color fill, Block content, String spoken) implements Wrapper {
}
