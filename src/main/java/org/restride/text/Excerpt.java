package org.restride.text;

/**
 * A value as a message may quote it: at most {@value #MAX} characters, cut in the middle with "…", and every
 * control or invisible formatting character shown escaped ({@code \n}, {@code \u001b}), so that what a file or
 * a user typed can neither flood the terminal nor move its cursor, clear it or print fake lines.
 */
public final class Excerpt {
    public static final int MAX = 60;

    private Excerpt() {
    }

    /** The value, short and escaped; {@code "null"} for null. */
    public static String of(Object value) {
        return cut(value, MAX * 2 / 3);
    }

    /** A file's path, short and escaped, keeping more of its end, where the file's name is. */
    public static String path(Object path) {
        return cut(path, MAX / 3);
    }

    private static String cut(Object value, int head) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX * 2) + 8);
        int length = text.length();
        if (length <= MAX) {
            return escape(text, 0, length, out).toString();
        }
        int tail = MAX - head - 1;
        escape(text, 0, safeEnd(text, head), out).append('…');
        return escape(text, safeStart(text, length - tail), length, out).toString();
    }

    /**
     * A whole message as one line: control characters escaped and, as a last guard for a value that reached it
     * unquoted, at most {@code max} characters.
     */
    public static String line(String message, int max) {
        if (message == null) {
            return "";
        }
        String escaped = escape(message, 0, Math.min(message.length(), max * 2), new StringBuilder(), false).toString();
        return escaped.length() <= max ? escaped : escaped.substring(0, safeEnd(escaped, max - 1)) + "…";
    }

    /**
     * The whole value, uncut, with control and invisible formatting characters escaped (quotes and backslashes left
     * as they are): a path in a line that says where something was written, which cannot start a fake line.
     */
    public static String whole(Object value) {
        String text = String.valueOf(value);
        return escape(text, 0, text.length(), new StringBuilder(text.length() + 8), false).toString();
    }

    /** The value in double quotes, short and escaped. */
    public static String quoted(Object value) {
        return "\"" + of(value) + "\"";
    }

    private static StringBuilder escape(String text, int from, int to, StringBuilder out) {
        return escape(text, from, to, out, true);
    }

    /** Escapes control characters, and quotes and backslashes too when {@code quotes}. */
    private static StringBuilder escape(String text, int from, int to, StringBuilder out, boolean quotes) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append(quotes ? "\\\"" : "\"");
                case '\\' -> out.append(quotes ? "\\\\" : "\\");
                default -> {
                    int type = Character.getType(c);
                    boolean hidden = Character.isISOControl(c) || type == Character.FORMAT
                            || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                            || (Character.isSurrogate(c) && !pairedAt(text, i));
                    if (hidden) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out;
    }

    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static int safeEnd(String text, int end) {
        return end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
    }

    private static int safeStart(String text, int start) {
        return start < text.length() && Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }
}
