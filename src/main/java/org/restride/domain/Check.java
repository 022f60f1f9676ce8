package org.restride.domain;

import java.util.List;

/** Field checks shared by the records' constructors. Each failure names the field and what is allowed. */
public final class Check {
    private Check() {
    }

    public static int range(String field, int value, int min, int max) {
        return new Bounds(min, max).check(field, value);
    }

    public static Integer optionalRange(String field, Integer value, int min, int max) {
        return value == null ? null : range(field, value, min, max);
    }

    public static double positive(String field, double value, double max) {
        if (!(value > 0) || value > max) {
            throw new ValidationException(field, "positive", trim(max), trim(value));
        }
        return value;
    }

    /** A measured number that may have decimals, such as sleep hours or a diastasis width. */
    public static double range(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new ValidationException(field, "range", trim(min), trim(max), trim(value));
        }
        return value;
    }

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "empty");
        }
        return optionalText(field, value, maxLength);
    }

    /**
     * Text that may run over lines (steps, notes): new lines and tabs are allowed, other control characters
     * (ESC, NUL, BEL, DEL, C1), direction overrides and broken surrogate halves are not.
     */
    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new ValidationException(field, "tooLong", maxLength, trimmed.length());
        }
        refuseHidden(field, trimmed, false);
        return trimmed;
    }

    /**
     * A name or title, one line: no control character at all (not even a new line), and at least one character
     * that shows (not only zero-width, combining, no-break or ideographic spaces, fillers or tag characters).
     */
    public static String line(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        refuseHidden(field, text, true);
        if (text.codePoints().noneMatch(Check::shows)) {
            throw new ValidationException(field, "invisible");
        }
        return text;
    }

    private static void refuseHidden(String field, String text, boolean oneLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            boolean refused = (Character.isISOControl(c) && (oneLine || !lineBreak))
                    || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
                    || c == '\u2028' || c == '\u2029'
                    || (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (refused) {
                throw new ValidationException(field, "hidden", String.format("U+%04X", (int) c), i + 1);
            }
        }
    }

    private static boolean shows(int cp) {
        int type = Character.getType(cp);
        boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.CONTROL
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || (cp >= 0xE0000 && cp <= 0xE007F)
                || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x2800;
        return !invisible;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "missing");
        }
        return value;
    }

    public static List<String> texts(String field, List<String> values, int minCount, int maxCount, int maxLength) {
        List<String> list = values == null ? List.of() : values;
        if (list.size() < minCount || list.size() > maxCount) {
            throw new ValidationException(field, "entries", minCount, maxCount, list.size());
        }
        for (int i = 0; i < list.size(); i++) {
            text(field + "[" + (i + 1) + "]", list.get(i), maxLength);
        }
        return list.stream().map(String::strip).toList();
    }

    private static String trim(double value) {
        return Numbers.shown(value);
    }
}
