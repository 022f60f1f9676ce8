package org.restride.handout.layout;

import java.io.IOException;

/**
 * A self-contained block that may be placed earlier than its turn: where a page would end with room to spare
 * because the next block moves on whole, {@link PageFlow} puts the first floating block of the section there
 * instead, if it fits. {@code spaceAbove} separates it from what it follows, and is dropped at the top of a page.
 */
public record Floating(Block content, float spaceAbove) implements Block {
    @Override
    public float height(float width) {
        return spaceAbove + content.height(width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        content.draw(canvas, x, top - spaceAbove, width);
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        Split cut = content.split(width, available - spaceAbove, fullPage);
        return cut == null ? null : new Split(new Floating(cut.head(), spaceAbove), cut.tail());
    }

    @Override
    public boolean keepTogether() {
        return content.keepTogether();
    }
}
