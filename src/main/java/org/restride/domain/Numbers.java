package org.restride.domain;

import java.math.BigDecimal;

/** Numbers as people write them: "4.5", "20", never "20.0". */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A number for a message, short whatever its size: as people write it where that is short ("4.5", "20"),
     * otherwise as Java writes it ("1.0E308", "Infinity"), never cut to the largest whole number.
     */
    public static String shown(double value) {
        return Double.isFinite(value) && Math.abs(value) < 1e15 ? format(value) : Double.toString(value);
    }
}
