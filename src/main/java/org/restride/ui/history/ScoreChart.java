package org.restride.ui.history;

import java.util.function.Function;
import org.restride.text.Words;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.restride.domain.measure.MeasureScore;
import org.restride.domain.measure.MeasureSeries;
import org.restride.domain.measure.OutcomeMeasure;
import org.restride.domain.measure.SeverityBand;

/**
 * A patient's scores on one measure over time, on the measure's whole range, with its severity bands shaded
 * behind the line and named at the right.
 */
final class ScoreChart extends LineChart<Number, Number> {
    private static final int TICKS = 6;

    private final NumberAxis days;
    private final NumberAxis values;
    private final List<Rectangle> shades = new ArrayList<>();
    private final List<Text> bandNames = new ArrayList<>();
    private OutcomeMeasure measure;

    private final Words words;
    private final Function<LocalDate, String> day;

    /** @param day a day as the history shows it */
    ScoreChart(Words words, Function<LocalDate, String> day) {
        super(new NumberAxis(), new NumberAxis());
        this.words = words;
        this.day = day;
        DateTimeFormatter tick = DateTimeFormatter.ofPattern(words.get("ui-history.tickPattern"), words.locale());
        days = (NumberAxis) getXAxis();
        values = (NumberAxis) getYAxis();
        getStyleClass().add("score-chart");
        setLegendVisible(false);
        setAnimated(false);
        days.setAutoRanging(false);
        values.setAutoRanging(false);
        days.setMinorTickVisible(false);
        values.setMinorTickVisible(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return tick.format(LocalDate.ofEpochDay(Math.round(day.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
    }

    void show(MeasureSeries series) {
        getPlotChildren().removeAll(shades);
        getPlotChildren().removeAll(bandNames);
        shades.clear();
        bandNames.clear();
        getData().clear();
        measure = series == null || series.isEmpty() ? null : series.measure();
        if (measure == null) {
            return;
        }
        values.setLowerBound(measure.min());
        values.setUpperBound(measure.max());
        values.setTickUnit(niceStep((measure.max() - measure.min()) / TICKS));
        showDays(series.scores(), !measure.bands().isEmpty());
        for (int i = 0; i < measure.bands().size(); i++) {
            Rectangle shade = new Rectangle();
            shade.getStyleClass().addAll("severity-band", "band-" + Math.min(i + 1, 4));
            shade.setMouseTransparent(true);
            Text name = new Text(measure.bands().get(i).label());
            name.getStyleClass().add("band-name");
            shades.add(shade);
            bandNames.add(name);
        }
        getPlotChildren().addAll(0, shades);
        getPlotChildren().addAll(shades.size(), bandNames);
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        for (MeasureScore score : series.scores()) {
            line.getData().add(new XYChart.Data<>(score.date().toEpochDay(), score.value()));
        }
        getData().add(line);
        for (int i = 0; i < line.getData().size(); i++) {
            Node symbol = line.getData().get(i).getNode();
            MeasureScore score = series.scores().get(i);
            if (symbol != null) {
                Tooltip.install(symbol, new Tooltip(words.get("ui-history.scoreOn", measure.describe(score.value()),
                        day.apply(score.date()))));
            }
        }
    }

    /** The days scored, with room on the right for the band names when there are bands. */
    private void showDays(List<MeasureScore> scores, boolean roomForBandNames) {
        long first = scores.get(0).date().toEpochDay();
        long last = scores.get(scores.size() - 1).date().toEpochDay();
        long span = last - first;
        double pad = span == 0 ? 7 : Math.max(3, span * 0.06);
        double right = roomForBandNames ? Math.max(pad * 2.5, 10) : pad;
        days.setLowerBound(first - pad);
        days.setUpperBound(last + right);
        days.setTickUnit(Math.max(1, Math.ceil((span + pad + right) / TICKS)));
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the raw step. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        if (measure == null) {
            return;
        }
        double width = days.getWidth();
        List<SeverityBand> bands = measure.bands();
        for (int i = 0; i < bands.size(); i++) {
            double top = values.getDisplayPosition(upperEdge(bands, i));
            double bottom = values.getDisplayPosition(lowerEdge(bands, i));
            Rectangle shade = shades.get(i);
            shade.setX(0);
            shade.setY(top);
            shade.setWidth(width);
            shade.setHeight(Math.max(0, bottom - top));
            Text name = bandNames.get(i);
            name.setX(width - name.getLayoutBounds().getWidth() - 8);
            name.setY((top + bottom) / 2 + name.getLayoutBounds().getHeight() / 3);
            name.setVisible(bottom - top >= name.getLayoutBounds().getHeight());
        }
    }

    /** Bands next to each other (1–5, 6–12) meet halfway between them, so the shading has no gaps. */
    private double lowerEdge(List<SeverityBand> bands, int i) {
        SeverityBand band = bands.get(i);
        double edge = i > 0 && touching(bands.get(i - 1), band) ? (bands.get(i - 1).to() + band.from()) / 2
                : band.from() - step() / 2;
        return Math.max(measure.min(), edge);
    }

    private double upperEdge(List<SeverityBand> bands, int i) {
        SeverityBand band = bands.get(i);
        double edge = i + 1 < bands.size() && touching(band, bands.get(i + 1)) ? (band.to() + bands.get(i + 1).from()) / 2
                : band.to() + step() / 2;
        return Math.min(measure.max(), edge);
    }

    private boolean touching(SeverityBand lower, SeverityBand upper) {
        return upper.from() - lower.to() <= step() + 1e-9;
    }

    /** The smallest difference between two scores on this measure. */
    private double step() {
        return Math.pow(10, -measure.decimals());
    }
}
