package org.restride.handout;

import java.io.IOException;
import java.util.List;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.PageFlow;
import org.restride.handout.layout.PageFrame;
import org.restride.handout.layout.TextStyle;

/** On every page: the footer (clinic, date prepared, page X of Y); from page 2 a quiet running header. */
final class PageChrome implements PageFlow.Decoration {
    private static final String ELLIPSIS = "\u2026";

    private final Kit kit;
    private final HandoutRequest request;

    PageChrome(Kit kit, HandoutRequest request) {
        this.kit = kit;
        this.request = request;
    }

    @Override
    public void decorate(Canvas canvas, PageFrame frame, int pageIndex, int pageCount, List<Canvas.Mark> marks)
            throws IOException {
        TextStyle style = TextStyle.of(org.restride.handout.layout.Face.REGULAR, 10, HandoutTheme.MUTED);
        float left = frame.left();
        float right = frame.width() - frame.right();
        float width = right - left;
        float ruleY = frame.bottom() - 20;
        canvas.line(left, ruleY, right, ruleY, HandoutTheme.RULE, 0.7f);
        float baseline = ruleY - 15;
        String page = kit.say("footer.page", pageIndex + 1, pageCount);
        String prepared = kit.say("footer.prepared", kit.words().date(request.prepared()));
        String clinic = request.clinic().clinicName() == null ? "" : request.clinic().clinicName();
        float third = width / 3;
        canvas.text(fit(canvas, clinic, style, third - 8), style, left, baseline);
        String middle = fit(canvas, prepared, style, third - 8);
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
        float baseline = frame.height() - frame.top() + 22;
        String title = HandoutWords.title(request.roadmap())
                + (request.patientName() == null ? "" : kit.say("header.for", request.patientName()));
        String leftText = fit(canvas, title, style, width * 0.55f);
        canvas.text(leftText, style, left, baseline);
        String section = currentSection(marks, pageIndex);
        if (section != null) {
            String rightText = fit(canvas, section, style, width * 0.42f);
            canvas.text(rightText, style, right - canvas.width(rightText, style), baseline);
        }
        canvas.line(left, baseline - 8, right, baseline - 8, HandoutTheme.RULE, 0.7f);
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

    /** The text, cut short with an ellipsis if it is wider than the room. */
    static String fit(Canvas canvas, String text, TextStyle style, float room) {
        String clean = org.restride.handout.layout.Texts.clean(text).replace('\n', ' ');
        if (canvas.width(clean, style) <= room) {
            return clean;
        }
        int end = clean.length();
        while (end > 0 && canvas.width(clean.substring(0, end) + ELLIPSIS, style) > room) {
            end = clean.offsetByCodePoints(end, -1);
        }
        return clean.substring(0, end).strip() + ELLIPSIS;
    }
}
