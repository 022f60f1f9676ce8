package org.restride.handout.layout;

import java.awt.Color;
import java.io.IOException;

/** A block inside a card: padding, a soft-cornered background and border, and an optional coloured left edge. */
public final class Box implements Block {
    /** How the box looks. Colours may be null for none. */
    public record Look(float padding, float radius, Color fill, Color border, float borderWidth, Color edge,
                       float edgeWidth) {
        public static Look plain(float padding, Color fill, Color border) {
            return new Look(padding, 6, fill, border, 0.8f, null, 0);
        }

        public Look withEdge(Color colour, float width) {
            return new Look(padding, radius, fill, border, borderWidth, colour, width);
        }

        public Look withBorderWidth(float width) {
            return new Look(padding, radius, fill, border, width, edge, edgeWidth);
        }
    }

    private final Block content;
    private final Look look;
    private final boolean keepTogether;

    public Box(Block content, Look look, boolean keepTogether) {
        this.content = content;
        this.look = look;
        this.keepTogether = keepTogether;
    }

    private float inset() {
        return look.padding() + look.edgeWidth();
    }

    private float innerWidth(float width) {
        return width - inset() - look.padding();
    }

    @Override
    public float height(float width) {
        return content.height(innerWidth(width)) + 2 * look.padding();
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float h = height(width);
        float y = top - h;
        canvas.roundedRect(x, y, width, h, look.radius(), look.fill(), null, 0);
        if (look.edge() != null) {
            canvas.save();
            canvas.roundedPath(x, y, width, h, look.radius());
            canvas.content().clip();
            canvas.fillRect(x, y, look.edgeWidth(), h, look.edge());
            canvas.restore();
        }
        canvas.roundedRect(x, y, width, h, look.radius(), null, look.border(), look.borderWidth());
        content.draw(canvas, x + inset(), top - look.padding(), innerWidth(width));
    }

    @Override
    public boolean keepTogether() {
        return keepTogether;
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        float pad = 2 * look.padding();
        Split inner = content.split(innerWidth(width), available - pad, fullPage - pad);
        if (inner == null) {
            return null;
        }
        return new Split(new Box(inner.head(), look, keepTogether), new Box(inner.tail(), look, keepTogether));
    }
}
