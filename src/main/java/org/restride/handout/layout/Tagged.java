package org.restride.handout.layout;

import java.io.IOException;

/**
 * A block that is one element of the document's structure (a list, a list item, a figure...). It lays out exactly
 * like its content; when cut across pages each part is an element of its own.
 *
 * @param alt for a figure, what it shows (read out instead of it); for a list label, the text it stands for
 */
public record Tagged(Role role, Block content, String alt) implements Block {
    public Tagged {
        if (role == null || content == null) {
            throw new IllegalArgumentException("a tagged block needs a role and content");
        }
    }

    public Tagged(Role role, Block content) {
        this(role, content, null);
    }

    @Override
    public float height(float width) {
        return content.height(width);
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        canvas.open(role, alt);
        content.draw(canvas, x, top, width);
        canvas.close();
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        Split cut = content.split(width, available, fullPage);
        return cut == null ? null : new Split(new Tagged(role, cut.head(), alt), new Tagged(role, cut.tail(), alt));
    }

    @Override
    public boolean keepTogether() {
        return content.keepTogether();
    }
}
