package org.restride.handout;

import java.io.IOException;
import java.util.List;
import org.restride.domain.Phase;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Canvas;
import org.restride.handout.layout.Paragraph;
import org.restride.handout.layout.TextStyle;

/** The phases at a glance: arrows in each phase's colour and pattern, with names, week ranges and "You are here". */
final class PhaseTimeline implements Block {
    private static final int MOST_PER_ROW = 5;

    private final Kit kit;
    private final List<Phase> phases;
    private final int current;
    private final float s;

    PhaseTimeline(Kit kit, List<Phase> phases, int current) {
        this.kit = kit;
        this.phases = phases;
        this.current = current;
        this.s = kit.type().scale();
    }

    /** What the timeline shows, in words, for readers who cannot see it. */
    static String describe(HandoutText words, List<Phase> phases, int current) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < phases.size(); i++) {
            list.append(i == 0 ? "" : "; ").append(words.alt("issued.alt.timelinePhase", i + 1,
                    phases.get(i).name(), words.weeks(phases.get(i).weeks())));
        }
        return words.alt("issued.alt.timeline", phases.size(), list, current + 1);
    }

    private int perRow() {
        int rows = (phases.size() + MOST_PER_ROW - 1) / MOST_PER_ROW;
        return (phases.size() + rows - 1) / rows;
    }

    private float segmentWidth(float width) {
        int n = perRow();
        return Math.min((width - (n - 1) * gap()) / n, width / 3); // one or two phases don't stretch across the page
    }

    private float gap() {
        return 3 * s;
    }

    private float markerBand() {
        return 22 * s;
    }

    private float arrowHeight() {
        return 30 * s;
    }

    private Paragraph name(Phase phase) {
        return kit.text(phase.name(), kit.type().label());
    }

    private Paragraph weeks(Phase phase) {
        return kit.text(kit.words().weeks(phase.weeks()), kit.type().small());
    }

    private float labelsHeight(int from, int to, float width) {
        float inner = segmentWidth(width) - 4;
        float tallest = 0;
        for (int i = from; i < to; i++) {
            tallest = Math.max(tallest, name(phases.get(i)).height(inner) + 2 * s + weeks(phases.get(i)).height(inner));
        }
        return tallest;
    }

    private float rowHeight(int row, float width) {
        int from = row * perRow();
        int to = Math.min(phases.size(), from + perRow());
        return markerBand() + arrowHeight() + 8 * s + labelsHeight(from, to, width);
    }

    private int rowCount() {
        return (phases.size() + perRow() - 1) / perRow();
    }

    @Override
    public float height(float width) {
        float total = 0;
        for (int r = 0; r < rowCount(); r++) {
            total += rowHeight(r, width) + (r > 0 ? 10 * s : 0);
        }
        return total;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float rowTop = top;
        float w = segmentWidth(width);
        for (int r = 0; r < rowCount(); r++) {
            for (int i = r * perRow(); i < Math.min(phases.size(), (r + 1) * perRow()); i++) {
                float segX = x + (i - r * perRow()) * (w + gap());
                drawSegment(canvas, i, segX, rowTop, w);
            }
            rowTop -= rowHeight(r, width) + 10 * s;
        }
    }

    private void drawSegment(Canvas canvas, int index, float x, float top, float w) throws IOException {
        Phase phase = phases.get(index);
        float arrowTop = top - markerBand();
        float y = arrowTop - arrowHeight();
        float tip = Math.min(10 * s, w / 6);
        canvas.save();
        arrowPath(canvas, x, y, w, arrowHeight(), tip, index > 0);
        canvas.content().clip();
        PhaseLook look = PhaseLook.of(phase.kind());
        canvas.fillRect(x, y, w, arrowHeight(), look.colour());
        PhasePaint.pattern(canvas, look.pattern(), x, y, w, arrowHeight());
        canvas.restore();
        float cx = x + (w + (index > 0 ? tip : 0) - tip) / 2;
        float cy = y + arrowHeight() / 2;
        float r = arrowHeight() * 0.33f;
        canvas.circle(cx, cy, r, HandoutTheme.PICTURE_BACKGROUND.brighter(), HandoutTheme.INK, 0.6f);
        TextStyle number = kit.type().label();
        String label = Integer.toString(index + 1);
        canvas.text(label, number, cx - canvas.width(label, number) / 2, cy - number.size() * 0.35f);
        if (index == current) {
            drawYouAreHere(canvas, x, y, w, tip, index > 0, top);
        }
        float labelTop = y - 8 * s;
        float inner = w - 4;
        Paragraph name = name(phase);
        name.draw(canvas, x + 2, labelTop, inner);
        weeks(phase).draw(canvas, x + 2, labelTop - name.height(inner) - 2 * s, inner);
    }

    private void drawYouAreHere(Canvas canvas, float x, float y, float w, float tip, boolean notched, float top)
            throws IOException {
        canvas.save();
        arrowPath(canvas, x, y, w, arrowHeight(), tip, notched);
        canvas.content().setStrokingColor(HandoutTheme.ACCENT);
        canvas.content().setLineWidth(2.5f);
        canvas.content().stroke();
        canvas.restore();
        TextStyle here = kit.type().label().withColour(HandoutTheme.ACCENT);
        String text = kit.say("phase.youAreHere");
        float textWidth = canvas.width(text, here);
        float centre = x + w / 2;
        canvas.text(text, here, Math.max(x, centre - textWidth / 2), top - here.size() * 0.9f);
        float triangleTop = top - here.size() * 1.2f;
        float half = 4 * s;
        var c = canvas.content();
        c.setNonStrokingColor(HandoutTheme.ACCENT);
        c.moveTo(centre - half, triangleTop);
        c.lineTo(centre + half, triangleTop);
        c.lineTo(centre, y + arrowHeight() + 1);
        c.closePath();
        c.fill();
    }

    private static void arrowPath(Canvas canvas, float x, float y, float w, float h, float tip, boolean notched)
            throws IOException {
        var c = canvas.content();
        c.moveTo(x, y);
        c.lineTo(x + w - tip, y);
        c.lineTo(x + w, y + h / 2);
        c.lineTo(x + w - tip, y + h);
        c.lineTo(x, y + h);
        if (notched) {
            c.lineTo(x + tip, y + h / 2);
        }
        c.closePath();
    }
}
