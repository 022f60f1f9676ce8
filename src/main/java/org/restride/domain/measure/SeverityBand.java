package org.restride.domain.measure;

import org.restride.domain.Check;
import org.restride.domain.Numbers;
import org.restride.domain.ValidationException;

/** A named stretch of a measure's scale, both ends included, such as "moderate" for ICIQ-UI SF 6–12. */
public record SeverityBand(String label, double from, double to) {
    public SeverityBand {
        label = Check.text("bandName", label, 60);
        if (!(to >= from)) {
            throw new ValidationException(label + "#band", "band.backwards", Numbers.format(from), Numbers.format(to));
        }
    }

    public boolean contains(double value) {
        return value >= from && value <= to;
    }
}
