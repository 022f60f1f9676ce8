package org.restride.handout;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.PageFlow;
import org.restride.handout.layout.PageFrame;
import org.restride.handout.layout.Paragraph;
import org.restride.handout.layout.TextStyle;
import org.restride.handout.layout.Texts;

/**
 * On every page: the footer (clinic, date prepared, page X of Y); from page 2 a quiet running header. A header text
 * too long for its place wraps onto a second line; beyond that (and in the one-line footer) it is shortened by whole
 * words: never cut mid-word.
 * All of it is page chrome (artifacts in the tagged PDF).
 */
final class PageChrome implements PageFlow.Decoration {
    private static final String ELLIPSIS = "\u2026";
    private static final int MOST_LINES = 2;

    private final Kit kit;
    private final HandoutRequest request;

    PageChrome(Kit kit, HandoutRequest request) {
        this.kit = kit;
        this.request = request;
    }

    private static TextStyle style() {
        return TextStyle.of(Face.REGULAR, 10, HandoutTheme.MUTED).withLeading(12);
    }

    @Override
    public void decorate(Canvas canvas, PageFrame frame, int pageIndex, int pageCount, List<Canvas.Mark> marks)
            throws IOException {
        TextStyle style = style();
        float left = frame.left();
        float right = frame.width() - frame.right();
        float width = right - left;
        float ruleY = frame.bottom() - 12;
        canvas.line(left, ruleY, right, ruleY, HandoutTheme.RULE, 0.7f);
        float baseline = ruleY - 12;
        String page = kit.say("footer.page", pageIndex + 1, pageCount);
        String prepared = kit.say("footer.prepared", kit.words().date(request.prepared()));
        String clinic = request.clinic().clinicName() == null ? "" : request.clinic().clinicName();
        String clinicShown = lines(canvas, clinic, style, width / 3 - 8, 1).get(0);
        canvas.text(clinicShown, style, left, baseline);
        // The date is centred, so it has what the wider of its neighbours leaves on both sides.
        float sides = Math.max(canvas.width(clinicShown, style), canvas.width(page, style)) + 12;
        String middle = lines(canvas, prepared, style, width - 2 * sides, 1).get(0);
        canvas.text(middle, style, left + (width - canvas.width(middle, style)) / 2, baseline);
        canvas.text(page, style, right - canvas.width(page, style), baseline);
        if (pageIndex > 0) {
            header(canvas, frame, style, pageIndex, marks);
        }
    }

    private void header(Canvas canvas, PageFrame frame, TextStyle style, int pageIndex, List<Canvas.Mark> marks)
            throws IOException {
        float left = frame.left();
        float right = frame.width() - frame.right();
        float width = right - left;
        String title = HandoutWords.title(kit.words(), request.roadmap());
        List<String> leftLines = lines(canvas, request.patientName() == null ? title
                : title + kit.say("header.for", request.patientName()), style, width * 0.55f, MOST_LINES);
        if (leftLines.get(leftLines.size() - 1).endsWith(ELLIPSIS)) {
            leftLines = lines(canvas, title, style, width * 0.55f, MOST_LINES);
        }
        String section = currentSection(marks, pageIndex);
        List<String> rightLines = section == null ? List.of() : lines(canvas, section, style, width * 0.42f, MOST_LINES);
        boolean twoLines = leftLines.size() > 1 || rightLines.size() > 1;
        // One line sits 22 pt above the body; two lines sit lower and closer, clear of the printer's edge.
        float baseline = frame.height() - frame.top() + (twoLines ? 13 : 22);
        TextStyle lineStyle = twoLines ? style.withLeading(11) : style;
        drawUpwards(canvas, leftLines, lineStyle, baseline, line -> left);
        drawUpwards(canvas, rightLines, lineStyle, baseline, line -> right - canvas.width(line, style));
        float ruleY = baseline - (twoLines ? 6 : 8);
        canvas.line(left, ruleY, right, ruleY, HandoutTheme.RULE, 0.7f);
    }

    /** Where a line starts, given its text. */
    @FunctionalInterface
    private interface Start {
        float x(String line);
    }

    /** Lines ending on the baseline: a two-line text grows upwards into the margin, not down into the page. */
    private static void drawUpwards(Canvas canvas, List<String> lines, TextStyle style, float baseline, Start start)
            throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            float y = baseline + (lines.size() - 1 - i) * style.leading();
            canvas.text(lines.get(i), style, start.x(lines.get(i)), y);
        }
    }

    private static String currentSection(List<Canvas.Mark> marks, int pageIndex) {
        String section = null;
        for (Canvas.Mark mark : marks) {
            if (mark.page() <= pageIndex) {
                section = mark.title();
            }
        }
        return section;
    }

    /**
     * The text wrapped into the room in at most {@code most} lines; if it needs more, the last line ends after its
     * last whole word that leaves room for an ellipsis. Never empty: an empty text gives one empty line.
     */
    static List<String> lines(Canvas canvas, String text, TextStyle style, float room, int most) {
        String clean = Texts.clean(text).replace('\n', ' ');
        List<String> wrapped = new Paragraph(canvas.fonts(), clean, style).lines(room);
        if (wrapped.isEmpty()) {
            return List.of("");
        }
        if (wrapped.size() <= most) {
            return wrapped;
        }
        List<String> kept = new ArrayList<>(wrapped.subList(0, most));
        String last = kept.get(most - 1).strip();
        while (canvas.width(last + ELLIPSIS, style) > room && last.contains(" ")) {
            last = last.substring(0, last.lastIndexOf(' ')).strip();
        }
        kept.set(most - 1, last + ELLIPSIS);
        return kept;
    }
}
