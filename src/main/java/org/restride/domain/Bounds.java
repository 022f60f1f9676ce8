package org.restride.domain;

import java.math.BigDecimal;

/**
 * The numbers a field allows, from {@code min} to {@code max}: one source for the record's own check and for
 * a reader that meets a number as written in a file, of any size, so that both name the same range.
 */
public record Bounds(int min, int max) {
    public int check(String field, int value) {
        if (value < min || value > max) {
            throw refusal(field, Integer.toString(value));
        }
        return value;
    }

    /**
     * A number as written (any size, decimals too), compared exactly, so that 1e400 or 1e308 is refused with the
     * range, never held as infinity or as the largest long; {@code shown} is how it was written.
     */
    public BigDecimal check(String field, BigDecimal value, String shown) {
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw refusal(field, shown);
        }
        return value;
    }

    /** The refusal for a value outside the range, shown as {@code shown} (as it was written). */
    public ValidationException refusal(String field, String shown) {
        return new ValidationException(field, "range", min, max, shown);
    }
}
