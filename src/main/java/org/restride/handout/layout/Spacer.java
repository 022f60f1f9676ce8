package org.restride.handout.layout;

/** Empty vertical space. */
public record Spacer(float size) implements Block {
    @Override
    public float height(float width) {
        return size;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) {
    }
}
