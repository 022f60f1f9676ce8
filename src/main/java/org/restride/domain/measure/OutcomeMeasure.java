package org.restride.domain.measure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.restride.domain.Check;
import org.restride.domain.Numbers;
import org.restride.domain.TextFold;
import org.restride.domain.ValidationException;

/**
 * An outcome measure: a name, a range, how many decimals a score has, and optional severity bands. Only scores are
 * recorded: a licensed questionnaire's wording is never reproduced. A derived measure (the PFDI-20 total) is worked
 * out from others and cannot be entered.
 */
public record OutcomeMeasure(String key, String name, double min, double max, int decimals, List<SeverityBand> bands,
                             boolean builtIn, boolean derived, String note) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final double LIMIT = 1_000_000;

    public OutcomeMeasure {
        key = Check.text("measureKey", key, 60);
        if (!KEY.matcher(key).matches()) {
            throw new ValidationException("measureKey", "measure.key", key);
        }
        name = Check.text("measureName", name, 120);
        Check.range("lowestScore", min, -LIMIT, LIMIT);
        Check.range("highestScore", max, -LIMIT, LIMIT);
        if (!(max > min)) {
            throw new ValidationException("highestScore", "measure.highest", Numbers.format(min));
        }
        Check.range("decimals", decimals, 0, 3);
        bands = List.copyOf(bands == null ? List.of() : bands);
        checkBands(bands, min, max);
        note = Check.optionalText("measureNote", note, 1000);
    }

    /** A measure of the clinic's own, keyed from its name. */
    public static OutcomeMeasure custom(String name, double min, double max, int decimals, List<SeverityBand> bands,
                                        String note) {
        String slug = TextFold.fold(Check.text("measureName", name, 120)).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return new OutcomeMeasure("clinic-" + (slug.isEmpty() ? "measure" : slug), name, min, max, decimals, bands,
                false, false, note);
    }

    private static void checkBands(List<SeverityBand> bands, double min, double max) {
        for (int i = 0; i < bands.size(); i++) {
            SeverityBand band = bands.get(i);
            if (band.from() < min || band.to() > max) {
                throw new ValidationException(band.label() + "#band", "band.outside", Numbers.format(min), Numbers.format(max));
            }
            if (i > 0 && band.from() <= bands.get(i - 1).to()) {
                throw new ValidationException(band.label() + "#band", "band.overlap", bands.get(i - 1).label(),
                        Numbers.format(bands.get(i - 1).to()));
            }
        }
    }

    /** Refuses a score outside the range or with more decimals than the measure has; returns it otherwise. */
    public double check(double value) {
        Check.range(name, value, min, max);
        if (BigDecimal.valueOf(value).stripTrailingZeros().scale() > decimals) {
            throw decimals == 0 ? new ValidationException(name, "whole", Numbers.format(value))
                    : new ValidationException(name, "decimals", decimals, Numbers.format(value));
        }
        return value;
    }

    public Optional<SeverityBand> bandFor(double value) {
        return bands.stream().filter(b -> b.contains(value)).findFirst();
    }

    /** "9 (moderate)", or just "9" when no band covers it. */
    public String describe(double value) {
        return Numbers.format(value) + bandFor(value).map(b -> " (" + b.label() + ")").orElse("");
    }

    /** "0–21". */
    public String rangeWords() {
        return Numbers.format(min) + "–" + Numbers.format(max);
    }
}
