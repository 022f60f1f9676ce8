package org.restride.handout.layout;

import java.io.IOException;

/** A block of fixed height drawn by code: rules, badges, timelines. Never cut. */
public final class Drawing implements Block {
    /** Draws into the band of the given box. */
    @FunctionalInterface
    public interface Painter {
        void paint(Canvas canvas, float x, float top, float width, float height) throws IOException;
    }

    private final float height;
    private final Painter painter;

    public Drawing(float height, Painter painter) {
        this.height = height;
        this.painter = painter;
    }

    @Override
    public float height(float width) {
        return height;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        painter.paint(canvas, x, top, width, height);
    }
}
