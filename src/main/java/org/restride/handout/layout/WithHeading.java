package org.restride.handout.layout;

import java.io.IOException;
import java.util.List;

/**
 * A heading and what follows it, cut only where the body itself can be cut, so the heading never stands alone at
 * the foot of a page: it moves on with the body, or takes the body's first part with it.
 */
public final class WithHeading implements Block {
    private final Block heading;
    private final Block body;

    public WithHeading(Block heading, Block body) {
        this.heading = heading;
        this.body = body;
    }

    @Override
    public float height(float width) {
        return heading.height(width) + body.height(width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        heading.draw(canvas, x, top, width);
        body.draw(canvas, x, top - heading.height(width), width);
    }

    @Override
    public boolean keepTogether() {
        return heading.keepTogether() && body.keepTogether();
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        float room = available - heading.height(width);
        if (room <= 0) {
            return null;
        }
        Split cut = body.split(width, room, fullPage - heading.height(width));
        return cut == null ? null : new Split(new Stack(List.of(heading, cut.head()), 0, true), cut.tail());
    }
}
