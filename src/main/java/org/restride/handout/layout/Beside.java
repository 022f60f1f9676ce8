package org.restride.handout.layout;

import java.io.IOException;

/**
 * A fixed-width block (a picture, a bullet, a tick box) with the main block beside it. When cut across pages
 * only the main block continues, indented as before.
 */
public final class Beside implements Block {
    private final Block side;
    private final float sideWidth;
    private final float gap;
    private final Block main;

    public Beside(Block side, float sideWidth, float gap, Block main) {
        this.side = side;
        this.sideWidth = sideWidth;
        this.gap = gap;
        this.main = main;
    }

    private float mainWidth(float width) {
        return Math.max(1, width - sideWidth - gap);
    }

    @Override
    public float height(float width) {
        float sideHeight = side == null ? 0 : side.height(sideWidth);
        return Math.max(sideHeight, main.height(mainWidth(width)));
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        if (side != null) {
            side.draw(canvas, x, top, sideWidth);
        }
        main.draw(canvas, x + sideWidth + gap, top, mainWidth(width));
    }

    @Override
    public boolean keepTogether() {
        return main.keepTogether();
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        if (side != null && side.height(sideWidth) > available) {
            return null;
        }
        Split cut = main.split(mainWidth(width), available, fullPage);
        if (cut == null) {
            return null;
        }
        return new Split(new Beside(side, sideWidth, gap, cut.head()), new Beside(null, sideWidth, gap, cut.tail()));
    }
}
