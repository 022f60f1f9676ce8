package org.restride.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints, with control characters and text-direction overrides shown escaped ({@code \u001b}):
 * a name, path or option that holds an escape code then cannot clear the terminal or print text of its own. Line
 * breaks and tabs pass.
 */
final class TerminalSafeWriter extends FilterWriter {
    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    static boolean unsafe(char c) {
        return c != '\n' && c != '\t' && Character.isISOControl(c)
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    @Override
    public void write(int c) throws IOException {
        if (unsafe((char) c)) {
            out.write(String.format("\\u%04x", c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(text.charAt(i));
        }
    }
}
