package org.restride.domain.measure;

import java.util.List;

/**
 * The built-in measures as the schema seeds them (migrations V3 and V8), names, bands and notes included: what
 * the tests expect to read back. The names are data the clinic's database holds, not words of the program.
 */
public final class SeededMeasures {
    private static final String LICENSED = "Enter the score from the clinic's licensed form. ";
    private static final int PFDI_DECIMALS = 3;

    public static final OutcomeMeasure ICIQ_UI_SF = new OutcomeMeasure(BuiltInMeasures.ICIQ_UI_SF, "ICIQ-UI Short Form",
            0, 21, 0, List.of(new SeverityBand("none", 0, 0), new SeverityBand("slight", 1, 5),
                    new SeverityBand("moderate", 6, 12), new SeverityBand("severe", 13, 18),
                    new SeverityBand("very severe", 19, 21)),
            true, false, LICENSED + "Total 0–21 (frequency + amount + interference), 4-week recall. Bands: Klovning 2009.");
    public static final OutcomeMeasure UDI_6 = scale(BuiltInMeasures.UDI_6, "PFDI-20: UDI-6 (urinary)");
    public static final OutcomeMeasure CRADI_8 = scale(BuiltInMeasures.CRADI_8, "PFDI-20: CRADI-8 (colorectal)");
    public static final OutcomeMeasure POPDI_6 = scale(BuiltInMeasures.POPDI_6, "PFDI-20: POPDI-6 (prolapse)");
    public static final OutcomeMeasure PFDI_20_TOTAL = new OutcomeMeasure(BuiltInMeasures.PFDI_20_TOTAL, "PFDI-20 total",
            0, 300, PFDI_DECIMALS, List.of(), true, true,
            "The sum of UDI-6, CRADI-8 and POPDI-6, on days when all three were scored.");

    private SeededMeasures() {
    }

    public static List<OutcomeMeasure> all() {
        return List.of(ICIQ_UI_SF, UDI_6, CRADI_8, POPDI_6, PFDI_20_TOTAL);
    }

    private static OutcomeMeasure scale(String key, String name) {
        return new OutcomeMeasure(key, name, 0, 100, PFDI_DECIMALS, List.of(), true, false, LICENSED
                + "Scale score 0–100: the mean of the items answered × 25.");
    }
}
