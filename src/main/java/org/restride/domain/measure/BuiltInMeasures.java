package org.restride.domain.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The measures every clinic has (CLINICAL.md): the ICIQ-UI Short Form total and the PFDI-20 scale scores, with the
 * PFDI-20 total worked out as the sum of its three scales. Scores only: the questionnaires are licensed, and their
 * items are never reproduced.
 */
public final class BuiltInMeasures {
    private static final String LICENSED = "Enter the score from the clinic's licensed form. ";
    /** Scale scores come in steps of 3.125 (an eighth of 25) or thirds (33.333), CLINICAL.md "Scale = mean × 25". */
    private static final int PFDI_DECIMALS = 3;

    public static final OutcomeMeasure ICIQ_UI_SF = new OutcomeMeasure("iciq-ui-sf", "ICIQ-UI Short Form", 0, 21, 0,
            List.of(new SeverityBand("none", 0, 0), new SeverityBand("slight", 1, 5), new SeverityBand("moderate", 6, 12),
                    new SeverityBand("severe", 13, 18), new SeverityBand("very severe", 19, 21)),
            true, false, LICENSED + "Total 0–21 (frequency + amount + interference), 4-week recall. Bands: Klovning 2009.");
    public static final OutcomeMeasure UDI_6 = scale("pfdi-20-udi-6", "PFDI-20: UDI-6 (urinary)");
    public static final OutcomeMeasure CRADI_8 = scale("pfdi-20-cradi-8", "PFDI-20: CRADI-8 (colorectal)");
    public static final OutcomeMeasure POPDI_6 = scale("pfdi-20-popdi-6", "PFDI-20: POPDI-6 (prolapse)");
    public static final OutcomeMeasure PFDI_20_TOTAL = new OutcomeMeasure("pfdi-20-total", "PFDI-20 total", 0, 300, PFDI_DECIMALS,
            List.of(), true, true, "The sum of UDI-6, CRADI-8 and POPDI-6, on days when all three were scored.");

    private static final Set<String> PFDI_SCALES = Set.of(UDI_6.key(), CRADI_8.key(), POPDI_6.key());

    private BuiltInMeasures() {
    }

    public static List<OutcomeMeasure> all() {
        return List.of(ICIQ_UI_SF, UDI_6, CRADI_8, POPDI_6, PFDI_20_TOTAL);
    }

    private static OutcomeMeasure scale(String key, String name) {
        return new OutcomeMeasure(key, name, 0, 100, PFDI_DECIMALS, List.of(), true, false, LICENSED
                + "Scale score 0–100: the mean of the items answered × 25.");
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
                totals.add(new MeasureScore(null, any.patientId(), PFDI_20_TOTAL.key(), day, Math.round(sum * 1000) / 1000.0,
                        any.visitId()));
            }
        });
        return totals;
    }
}
