package org.restride.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.restride.domain.Bounds;
import org.restride.domain.ValidationException;
import org.restride.text.Excerpt;

/**
 * Numbers from a JSON file, read exactly as written (any size) and checked against the range their field allows
 * before they are converted: "1e400" or "1e308" is refused with that range, never held as infinity or cut to the
 * largest whole number. A refusal names the field and shows the number as it was written.
 */
public final class JsonNumbers {
    private JsonNumbers() {
    }

    /** A whole number within {@code bounds} (any int when null), or null when the field is absent. */
    public static Integer whole(JsonNode value, String field, Bounds bounds) {
        if (value == null || value.isNull()) {
            return null;
        }
        BigDecimal exact = exact(value, field, "json.whole");
        if (exact.signum() != 0 && exact.stripTrailingZeros().scale() > 0) {
            throw new ValidationException(field, "json.whole", shown(value));
        }
        if (bounds == null) {
            if (exact.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                throw new ValidationException(field, "json.farTooLarge", shown(value));
            }
        } else {
            bounds.check(field, exact, shown(value));
        }
        return exact.intValueExact();
    }

    /** A number that may have decimals, within {@code bounds}, or null when the field is absent. */
    public static Double decimal(JsonNode value, String field, Bounds bounds) {
        if (value == null || value.isNull()) {
            return null;
        }
        return bounds.check(field, exact(value, field, "json.number"), shown(value)).doubleValue();
    }

    /** The number exactly; {@code problem} is the key that says what it must be, when it is not a number. */
    private static BigDecimal exact(JsonNode value, String field, String problem) {
        if (!value.isNumber()) {
            // "3" in quotes reads as a number to a person: say what is wrong with it
            throw new ValidationException(field, value.isTextual() ? problem + "NotText" : problem, shown(value));
        }
        if (value.isFloatingPointNumber() && !value.isBigDecimal()) {
            double approximate = value.doubleValue();
            if (!Double.isFinite(approximate)) {
                throw new ValidationException(field, "json.farTooLarge", shown(value));
            }
            return BigDecimal.valueOf(approximate);
        }
        return value.decimalValue();
    }

    /** A value as a message shows it: as written in the file where it is a number, short and escaped. */
    static String shown(JsonNode value) {
        if (value.isTextual()) {
            return Excerpt.quoted(value.asText());
        }
        String text = value.isBigDecimal() || value.isBigInteger() ? value.numberValue().toString() : value.toString();
        return Excerpt.of(text);
    }
}
