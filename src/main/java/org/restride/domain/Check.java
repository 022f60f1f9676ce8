package org.restride.domain;

import java.util.List;

/** Field checks shared by the records' constructors. Each failure names the field and what is allowed. */
public final class Check {
    private Check() {
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ValidationException(field, "must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    public static Integer optionalRange(String field, Integer value, int min, int max) {
        return value == null ? null : range(field, value, min, max);
    }

    public static double positive(String field, double value, double max) {
        if (!(value > 0) || value > max) {
            throw new ValidationException(field, "must be more than 0 and at most " + trim(max) + " (was " + trim(value) + ")");
        }
        return value;
    }

    /** A measured number that may have decimals, such as sleep hours or a diastasis width. */
    public static double range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ValidationException(field, "must be between " + trim(min) + " and " + trim(max)
                    + " (was " + trim(value) + ")");
        }
        return value;
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "must not be empty");
        }
        return optionalText(field, value, maxLength);
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "must be at most " + maxLength + " characters (was " + trimmed.length() + ")");
        }
        return trimmed;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "must be given");
        }
        return value;
    }

    public static List<String> texts(String field, List<String> values, int minCount, int maxCount, int maxLength) {
        List<String> list = values == null ? List.of() : values;
        if (list.size() < minCount || list.size() > maxCount) {
            throw new ValidationException(field, "must have between " + minCount + " and " + maxCount + " entries (had " + list.size() + ")");
        }
        for (int i = 0; i < list.size(); i++) {
            text(field + "[" + (i + 1) + "]", list.get(i), maxLength);
        }
        return list.stream().map(String::strip).toList();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
