package org.restride.domain;

/** How much of one set: a number, or a range such as 8–12, in one unit. */
public record Amount(DoseUnit unit, int min, Integer max) {
    public Amount {
        Check.present("unit", unit);
        bounds(unit).check("min", min);
        if (max != null) {
            Check.range("max", max, min, unit.max());
            if (max == min) {
                max = null;
            }
        }
    }

    /** The amounts a unit allows (the least of a range; the most is at least the least). */
    public static Bounds bounds(DoseUnit unit) {
        return new Bounds(1, unit.max());
    }

    public static Amount of(DoseUnit unit, int value) {
        return new Amount(unit, value, null);
    }

    /** "8–12" or "10". */
    public String numbers() {
        return max == null ? Integer.toString(min) : min + "–" + max;
    }
}
