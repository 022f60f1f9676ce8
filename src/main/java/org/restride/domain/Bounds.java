package org.restride.domain;

/**
 * The whole numbers a field allows, from {@code min} to {@code max}: one source for the record's own check and for
 * a reader that meets a number too large to hold, so that both name the same range.
 */
public record Bounds(int min, int max) {
    public int check(String field, int value) {
        if (value < min || value > max) {
            throw refusal(field, Integer.toString(value));
        }
        return value;
    }

    /** The refusal for a value outside the range, shown as {@code shown} (as it was written). */
    public ValidationException refusal(String field, String shown) {
        return new ValidationException(field, "must be between " + min + " and " + max + " (was " + shown + ")");
    }
}
