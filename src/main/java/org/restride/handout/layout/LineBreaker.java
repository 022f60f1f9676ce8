package org.restride.handout.layout;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrapping with real glyph widths; a word wider than the line is cut between characters. */
final class LineBreaker {
    private final DocumentFonts fonts;
    private final TextStyle style;

    LineBreaker(DocumentFonts fonts, TextStyle style) {
        this.fonts = fonts;
        this.style = style;
    }

    List<String> wrap(String text, float width) {
        return wrap(text, width, 0);
    }

    /** Wraps with the first line {@code indent} points shorter, for text that follows a lead-in on its first line. */
    List<String> wrap(String text, float width, float indent) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : text.split("\n", -1)) {
            wrapLine(hardLine.strip(), lines.isEmpty() ? width - indent : width, width, lines);
        }
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private void wrapLine(String text, float first, float width, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        int before = lines.size();
        for (String word : text.split(" +")) {
            float room = lines.size() == before ? first : width;
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (measure(candidate) <= room) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0 || lines.size() == before && first < width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (measure(rest) > width) {
                int cut = longestPrefix(rest, width);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    /** How many chars of the word fit the width: at least one code point, so that wrapping always advances. */
    private int longestPrefix(String word, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (measure(word.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    private float measure(String text) {
        return fonts.width(text.replace(Texts.NO_BREAK_SPACE, ' '), style.face(), style.size());
    }
}
