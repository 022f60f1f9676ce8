package org.restride.ui.roadmap;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.restride.domain.Bounds;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;

/**
 * The one rule every number box of the editor reads by: plain digits 0-9 (no other script's digits, no exponent, no
 * letters); a number out of its box's range is refused with the range, however long it is.
 */
final class TypedNumber {
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,400}");
    /** A load: up to four whole digits and at most two decimals after one '.' or ','. "1,000" is not one. */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,4}([.,][0-9]{1,2})?");

    private TypedNumber() {
    }

    /** A whole number typed in a box of {@code field}, within {@code bounds}; throws saying why not. */
    static int whole(String field, String typed, Bounds bounds) {
        String text = typed.strip();
        if (!WHOLE.matcher(text).matches()) {
            throw new ValidationException(field, "typed.whole", Excerpt.of(text));
        }
        BigDecimal number = new BigDecimal(text);
        bounds.check(field, number, Excerpt.of(text));
        return number.intValueExact();
    }

    /** A plain decimal, like 7.5 or 7,5; throws saying what it should look like. */
    static double decimal(String field, String typed) {
        String text = typed.strip();
        if (!DECIMAL.matcher(text).matches()) {
            throw new ValidationException(field, "typed.numberLike", Excerpt.of(text));
        }
        return Double.parseDouble(text.replace(',', '.'));
    }
}
