package org.restride.figure;

/**
 * Paints a {@link Figure} into a box on any {@link VectorCanvas}, scaled to fit (aspect kept, centred, with a
 * margin). A standing figure fills about the box's height; smaller poses are not blown up beyond that scale, so
 * pictures side by side look alike.
 */
public final class FigurePainter {
    /** A rectangle in canvas coordinates (y down). */
    public record Box(double x, double y, double width, double height) {
        public boolean contains(Box inner) {
            double eps = 1e-6;
            return inner.x >= x - eps && inner.y >= y - eps && inner.x + inner.width <= x + width + eps
                    && inner.y + inner.height <= y + height + eps;
        }
    }

    private static final double MARGIN = 0.05;
    private static final double STANDING_HEIGHT = 1.12;

    private final FigureStyle style;

    public FigurePainter(FigureStyle style) {
        this.style = style;
    }

    public FigurePainter() {
        this(FigureStyle.DEFAULT);
    }

    public void paint(Figure figure, VectorCanvas canvas, double x, double y, double width, double height) {
        Layer scene = new FigureScene(style).compose(figure);
        Fit fit = fit(scene, x, y, width, height);
        canvas.save();
        canvas.translate(fit.offsetX, fit.offsetY);
        canvas.scale(fit.scale, -fit.scale);
        scene.paint(canvas);
        canvas.restore();
    }

    /** Where {@link #paint} puts ink for this figure and box: always inside the box. */
    public Box paintedBounds(Figure figure, double x, double y, double width, double height) {
        Layer scene = new FigureScene(style).compose(figure);
        Fit fit = fit(scene, x, y, width, height);
        double[] b = scene.bounds();
        return new Box(fit.offsetX + b[0] * fit.scale, fit.offsetY - b[3] * fit.scale, (b[2] - b[0]) * fit.scale,
                (b[3] - b[1]) * fit.scale);
    }

    private record Fit(double scale, double offsetX, double offsetY) {
    }

    private static Fit fit(Layer scene, double x, double y, double width, double height) {
        double[] b = scene.bounds();
        double margin = MARGIN * Math.min(width, height);
        double innerW = width - 2 * margin;
        double innerH = height - 2 * margin;
        double contentW = Math.max(b[2] - b[0], 1e-6);
        double contentH = Math.max(b[3] - b[1], 1e-6);
        double scale = Math.min(Math.min(innerW / contentW, innerH / contentH), innerH / STANDING_HEIGHT);
        double offsetX = x + margin + (innerW - contentW * scale) / 2 - b[0] * scale;
        double offsetY = y + margin + (innerH + contentH * scale) / 2 + b[1] * scale;
        return new Fit(scale, offsetX, offsetY);
    }
}
