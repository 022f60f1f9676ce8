package org.restride.bench;

import java.util.List;

/**
 * One measured figure: its median (and 99th percentile where it matters), the baseline measured beside it in
 * the same run, the target, and whether the target holds. {@code holds} is null for figures without a target.
 */
record Figure(String key, String title, String unit, double median, Double p99, int samples, Baseline baseline,
              Double ratio, String target, Boolean holds) {

    /** What a figure is compared with, measured in the same run. */
    record Baseline(String what, double median, int samples) {
    }

    /** A figure whose target is a ratio to its baseline: median / baseline median at most {@code maxRatio}. */
    static Figure ratio(String key, String title, String unit, List<Double> values, String baselineWhat,
                        List<Double> baselineValues, double maxRatio) {
        double median = Stats.median(values);
        double base = Stats.median(baselineValues);
        double ratio = median / base;
        return new Figure(key, title, unit, median, null, values.size(),
                new Baseline(baselineWhat, base, baselineValues.size()), ratio,
                "≤ " + maxRatio + "× baseline", ratio <= maxRatio);
    }

    /** A figure shown beside a baseline for information, without a target of its own. */
    static Figure compared(String key, String title, String unit, List<Double> values, String baselineWhat,
                           List<Double> baselineValues) {
        double median = Stats.median(values);
        double base = Stats.median(baselineValues);
        return new Figure(key, title, unit, median, null, values.size(),
                new Baseline(baselineWhat, base, baselineValues.size()), median / base, "(for comparison)", null);
    }

    /** A figure shown for information only, without a target or a baseline. */
    static Figure info(String key, String title, String unit, double median, Double p99, int samples) {
        return new Figure(key, title, unit, median, p99, samples, null, null, "(for comparison)", null);
    }

    /** A figure whose median (and p99, when {@code maxP99} is given) must stay under a limit. */
    static Figure limit(String key, String title, String unit, double median, Double p99, int samples,
                        double maxMedian, Double maxP99) {
        boolean holds = median < maxMedian && (maxP99 == null || p99 < maxP99);
        String target = "median < " + number(maxMedian) + " " + unit + (maxP99 == null ? "" : ", p99 < " + number(maxP99) + " " + unit);
        return new Figure(key, title, unit, median, p99, samples, null, null, target, holds);
    }

    /**
     * A figure shown for its shape (growth): compared with the same series at a tenth of the size, which it
     * should not exceed tenfold (linear or better).
     */
    static Figure growth(String key, String title, String unit, double median, Double p99, int samples,
                         String previousWhat, Double previousMedian) {
        if (previousMedian == null) {
            return new Figure(key, title, unit, median, p99, samples, null, null, "(start of the series)", null);
        }
        double ratio = median / previousMedian;
        return new Figure(key, title, unit, median, p99, samples, new Baseline(previousWhat, previousMedian, 0), ratio,
                "≤ 10× the size before (linear or better)", ratio <= 10);
    }

    static String number(double value) {
        return value >= 100 ? String.format("%.0f", value) : value >= 10 ? String.format("%.1f", value)
                : String.format("%.2f", value);
    }
}
