package org.restride.handout.layout;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** A page size and the margins of its body; headers and footers sit in the top and bottom margins. */
public record PageFrame(PDRectangle size, float left, float right, float top, float bottom) {
    public float bodyWidth() {
        return size.getWidth() - left - right;
    }

    public float bodyHeight() {
        return size.getHeight() - top - bottom;
    }

    public float bodyTop() {
        return size.getHeight() - top;
    }

    public float width() {
        return size.getWidth();
    }

    public float height() {
        return size.getHeight();
    }
}
