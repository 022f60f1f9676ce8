package org.restride.handout.layout;

import java.text.Bidi;
import java.text.Normalizer;

/** Text made safe to lay out: composed, without control characters, and in the order it is seen. */
public final class Texts {
    public static final char NO_BREAK_SPACE = '\u00A0';

    private Texts() {
    }

    /** NFC-composed text with tabs as spaces, line breaks as \n, and no other control characters. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || Character.getType(cp) != Character.CONTROL) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The text with its spaces made non-breaking, so that wrapping keeps it on one line where it can. */
    public static String unbreakable(String text) {
        return text.replace(' ', NO_BREAK_SPACE);
    }

    /** One line as it is drawn left to right: right-to-left runs (Hebrew, Arabic) reversed into place. */
    public static String visualOrder(String line) {
        if (!Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }

    private static String reversed(String run) {
        int[] cps = run.codePoints().toArray();
        StringBuilder out = new StringBuilder(run.length());
        for (int i = cps.length - 1; i >= 0; i--) {
            out.appendCodePoint(cps[i]);
        }
        return out.toString();
    }
}
