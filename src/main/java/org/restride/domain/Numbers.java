package org.restride.domain;

import java.math.BigDecimal;

/** Numbers as people write them: "4.5", "20", never "20.0". */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
