package org.restride.handout.layout;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid with a header row that repeats on each page the table continues on. Rows are never cut. Tagged as a
 * table whose first row holds the column header cells.
 */
public final class Table implements Block {
    /** Width of a column: fixed points plus a share of what is left. */
    public record Column(float fixed, float grow) {
    }

    /** How the grid looks. */
    public record Look(float cellPadding, float minRowHeight, Color headerFill, Color rule, float ruleWidth) {
    }

    private static final float NOTE_GAP = 3;
    private final List<Column> columns;
    private final List<Block> header;
    private final List<List<Block>> rows;
    private final Look look;
    private final boolean balanced;
    private final Block continues;
    private float lastWidth = -1;
    private float[] lastWidths;

    public Table(List<Column> columns, List<Block> header, List<List<Block>> rows, Look look) {
        this(columns, header, rows, look, false, null);
    }

    private Table(List<Column> columns, List<Block> header, List<List<Block>> rows, Look look, boolean balanced,
                  Block continues) {
        this.balanced = balanced;
        this.continues = continues;
        this.columns = List.copyOf(columns);
        this.header = List.copyOf(header);
        this.rows = rows.stream().map(List::copyOf).toList();
        this.look = look;
        if (header.size() != columns.size() || rows.stream().anyMatch(r -> r.size() != columns.size())) {
            throw new IllegalArgumentException("every row needs one cell per column");
        }
    }

    /**
     * The same table, with the space left after the fixed columns shared between its first two growing columns
     * so that the table is as short as it can be (each keeps at least 30 % of that space); the shares asked for
     * decide between equally short choices. Wordier languages wrap less where the words are.
     */
    public Table balanced() {
        return new Table(columns, header, rows, look, true, continues);
    }

    /** The same table; where a page cuts it, {@code note} ("continued on the next page") closes the part before. */
    public Table continuedWith(Block note) {
        return new Table(columns, header, rows, look, balanced, note);
    }

    public float[] widths(float width) {
        if (width != lastWidth) {
            lastWidths = balanced ? shortest(width) : shared(width);
            lastWidth = width;
        }
        return lastWidths.clone();
    }

    private float[] shortest(float width) {
        float[] best = shared(width);
        int a = -1;
        int b = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).grow() > 0) {
                if (a < 0) {
                    a = i;
                } else if (b < 0) {
                    b = i;
                }
            }
        }
        if (b < 0) {
            return best;
        }
        float pair = best[a] + best[b] - columns.get(a).fixed() - columns.get(b).fixed();
        float bestHeight = tableHeight(best);
        float nominal = best[a];
        for (int step = 10; step <= 40; step++) {
            float[] trial = best.clone();
            trial[a] = columns.get(a).fixed() + pair * step / 50f;
            trial[b] = columns.get(b).fixed() + pair * (50 - step) / 50f;
            float h = tableHeight(trial);
            if (h < bestHeight - 0.01f
                    || (h < bestHeight + 0.01f && Math.abs(trial[a] - nominal) < Math.abs(best[a] - nominal))) {
                best = trial;
                bestHeight = h;
            }
        }
        return best;
    }

    /** Part of this table, on one page; a balanced table keeps the whole table's columns on every page. */
    private Table piece(List<List<Block>> part, float width, float[] widths) {
        Table piece = new Table(columns, header, part, look, balanced, continues);
        piece.lastWidth = width;
        piece.lastWidths = widths.clone();
        return piece;
    }

    private float tableHeight(float[] widths) {
        float total = rowHeight(header, widths, 0);
        for (List<Block> row : rows) {
            total += rowHeight(row, widths, look.minRowHeight());
        }
        return total;
    }

    private float[] shared(float width) {
        float fixed = 0;
        float grow = 0;
        for (Column c : columns) {
            fixed += c.fixed();
            grow += c.grow();
        }
        float spare = Math.max(0, width - fixed);
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            Column c = columns.get(i);
            widths[i] = c.fixed() + (grow > 0 ? spare * c.grow() / grow : 0);
        }
        return widths;
    }

    private float rowHeight(List<Block> row, float[] widths, float minimum) {
        float tallest = 0;
        for (int i = 0; i < row.size(); i++) {
            tallest = Math.max(tallest, row.get(i).height(widths[i] - 2 * look.cellPadding()));
        }
        return Math.max(minimum, tallest + 2 * look.cellPadding());
    }

    @Override
    public float height(float width) {
        float[] widths = widths(width);
        float total = rowHeight(header, widths, 0);
        for (List<Block> row : rows) {
            total += rowHeight(row, widths, look.minRowHeight());
        }
        return total;
    }

    @Override
    public void draw(Canvas canvas, float x, float top, float width) throws IOException {
        float[] widths = widths(width);
        float y = top;
        float headerHeight = rowHeight(header, widths, 0);
        canvas.open(Role.TABLE, null);
        canvas.fillRect(x, y - headerHeight, width, headerHeight, look.headerFill());
        drawRow(canvas, header, Role.TH, widths, x, y, headerHeight);
        y -= headerHeight;
        for (List<Block> row : rows) {
            float h = rowHeight(row, widths, look.minRowHeight());
            drawRow(canvas, row, Role.TD, widths, x, y, h);
            y -= h;
        }
        drawGrid(canvas, widths, x, top, width, top - y);
        canvas.close();
    }

    private void drawRow(Canvas canvas, List<Block> row, Role cellRole, float[] widths, float x, float top,
                         float height) throws IOException {
        canvas.open(Role.TR, null);
        float cellX = x;
        for (int i = 0; i < row.size(); i++) {
            Block cell = row.get(i);
            float inner = widths[i] - 2 * look.cellPadding();
            if (cell instanceof Shaded shaded) {
                canvas.fillRect(cellX, top - height, widths[i], height, shaded.fill());
            }
            float cellTop = top - (height - cell.height(inner)) / 2;
            canvas.open(cellRole, cell instanceof Shaded shaded ? shaded.spoken() : null);
            cell.draw(canvas, cellX + look.cellPadding(), cellTop, inner);
            canvas.close();
            cellX += widths[i];
        }
        canvas.close();
        canvas.line(x, top - height, x + sum(widths), top - height, look.rule(), look.ruleWidth());
    }

    private void drawGrid(Canvas canvas, float[] widths, float x, float top, float width, float height)
            throws IOException {
        canvas.line(x, top, x + width, top, look.rule(), look.ruleWidth());
        float lineX = x;
        for (int i = 0; i <= widths.length; i++) {
            canvas.line(lineX, top, lineX, top - height, look.rule(), look.ruleWidth());
            if (i < widths.length) {
                lineX += widths[i];
            }
        }
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float v : values) {
            total += v;
        }
        return total;
    }

    @Override
    public boolean keepTogether() {
        return false;
    }

    @Override
    public Split split(float width, float available, float fullPage) {
        float[] widths = widths(width);
        float used = rowHeight(header, widths, 0) + (continues == null ? 0 : NOTE_GAP + continues.height(width));
        int fit = 0;
        while (fit < rows.size()) {
            float h = rowHeight(rows.get(fit), widths, look.minRowHeight());
            if (used + h > available) {
                break;
            }
            used += h;
            fit++;
        }
        if (fit == rows.size()) {
            return null;
        }
        // Never one row alone over the page: it looks like the end of the table, and she would miss it.
        if (rows.size() - fit == 1 && fit > 2) {
            fit--;
        }
        if (fit == 0) {
            return null;
        }
        Block head = piece(rows.subList(0, fit), width, widths);
        if (continues != null) {
            head = new Stack(List.of(head, continues), NOTE_GAP, true);
        }
        return new Split(head, piece(new ArrayList<>(rows.subList(fit, rows.size())), width, widths));
    }
}
