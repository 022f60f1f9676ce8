package org.restride.domain.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measures every clinic has (CLINICAL.md), by key: the ICIQ-UI Short Form total and the PFDI-20 scale scores,
 * with the PFDI-20 total worked out as the sum of its three scales. The schema seeds them with their names, ranges,
 * bands and notes (migrations V3 and V8). Scores only: the questionnaires are licensed, and their items are never
 * reproduced.
 */
public final class BuiltInMeasures {
    public static final String ICIQ_UI_SF = "iciq-ui-sf";
    public static final String UDI_6 = "pfdi-20-udi-6";
    public static final String CRADI_8 = "pfdi-20-cradi-8";
    public static final String POPDI_6 = "pfdi-20-popdi-6";
    public static final String PFDI_20_TOTAL = "pfdi-20-total";
    /** The built-in measures' keys in the order they are listed. */
    public static final List<String> KEYS = List.of(ICIQ_UI_SF, UDI_6, CRADI_8, POPDI_6, PFDI_20_TOTAL);

    private static final Set<String> PFDI_SCALES = Set.of(UDI_6, CRADI_8, POPDI_6);

    private BuiltInMeasures() {
    }

    /** The PFDI-20 totals of one patient: one per day on which all three scales were scored. */
    public static List<MeasureScore> pfdi20Totals(List<MeasureScore> scores) {
        Map<LocalDate, List<MeasureScore>> byDay = new TreeMap<>();
        for (MeasureScore score : scores) {
            if (PFDI_SCALES.contains(score.measureKey())) {
                byDay.computeIfAbsent(score.date(), d -> new ArrayList<>()).add(score);
            }
        }
        List<MeasureScore> totals = new ArrayList<>();
        byDay.forEach((day, dayScores) -> {
            Map<String, MeasureScore> latestPerScale = new TreeMap<>();
            dayScores.forEach(s -> latestPerScale.put(s.measureKey(), s));
            if (latestPerScale.size() == PFDI_SCALES.size()) {
                double sum = latestPerScale.values().stream().mapToDouble(MeasureScore::value).sum();
                MeasureScore any = dayScores.get(0);
                totals.add(new MeasureScore(null, any.patientId(), PFDI_20_TOTAL, day, Math.round(sum * 1000) / 1000.0,
                        any.visitId()));
            }
        });
        return totals;
    }
}
