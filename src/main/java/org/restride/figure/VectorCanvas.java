package org.restride.figure;

/**
 * A backend-neutral vector surface with y pointing down (as on screen). Paths are built with the move/line/curve
 * calls; {@link #fill} and {@link #stroke} paint the current path and then discard it, so the next
 * {@link #moveTo} begins a new one. Transforms (translate, scale) apply to coordinates and line widths alike.
 * Fills use the non-zero winding rule.
 */
public interface VectorCanvas extends PathSink {
    /** How the ends of open stroked lines look. */
    enum Cap { BUTT, ROUND, SQUARE }

    /** How stroked corners look. */
    enum Join { MITER, ROUND, BEVEL }

    /** Fills the current path (non-zero winding) and discards it. */
    void fill(Rgb colour);

    /** Strokes the current path and discards it. */
    void stroke(Rgb colour, double width, Cap cap, Join join);

    void save();

    void restore();

    void translate(double dx, double dy);

    void scale(double sx, double sy);
}
