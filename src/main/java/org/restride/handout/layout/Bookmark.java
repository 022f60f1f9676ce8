package org.restride.handout.layout;

/** Takes no space; marks where a bookmark (outline entry) of the document points. */
public record Bookmark(String title) implements Block {
    @Override
    public float height(float width) {
        return 0;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) {
        canvas.mark(title, top);
    }
}
