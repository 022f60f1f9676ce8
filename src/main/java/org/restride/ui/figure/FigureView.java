package org.restride.ui.figure;

import org.restride.text.Words;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import org.restride.figure.Figure;
import org.restride.figure.FigurePainter;

/**
 * Shows a {@link Figure} drawn by the same painter as the handout, scaled to fit; repaints when the figure
 * changes or the view is resized. The background is the picture's paper (white in both themes).
 */
public final class FigureView extends Region {
    private static final double SMALLEST = 8;

    private final Canvas canvas = new Canvas();
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");
    private final FigurePainter painter = new FigurePainter();

    /** @param words the window's words, for what a screen reader says of the drawing */
    public FigureView(double prefWidth, double prefHeight, Words words) {
        getStyleClass().add("figure-view");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(words.get("ui-figure.accessible"));
        getChildren().add(canvas);
        setPrefSize(prefWidth, prefHeight);
        setMinSize(SMALLEST, SMALLEST);
        figure.addListener(o -> paint());
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    public void setFigure(Figure value) {
        figure.set(value);
    }

    public Figure getFigure() {
        return figure.get();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = Math.max(0, snapSizeX(getWidth()) - in.getLeft() - in.getRight());
        double height = Math.max(0, snapSizeY(getHeight()) - in.getTop() - in.getBottom());
        canvas.relocate(in.getLeft(), in.getTop());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            paint();
        }
    }

    private void paint() {
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, height);
        if (figure.get() == null || width < SMALLEST || height < SMALLEST) {
            return;
        }
        painter.paint(figure.get(), new FxVectorCanvas(g), 0, 0, width, height);
    }
}
