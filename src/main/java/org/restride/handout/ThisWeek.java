package org.restride.handout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.restride.domain.Phase;
import org.restride.domain.PhaseItem;
import org.restride.handout.layout.Block;
import org.restride.handout.layout.Bookmark;
import org.restride.handout.layout.ColumnFlow;
import org.restride.handout.layout.Box;
import org.restride.handout.layout.Drawing;
import org.restride.handout.layout.Shaded;
import org.restride.handout.layout.Spacer;
import org.restride.handout.layout.Stack;
import org.restride.handout.layout.Table;
import org.restride.handout.layout.Face;
import org.restride.handout.layout.TextStyle;

/**
 * "This week": her current phase at a glance (picture, plain name, dose in words, planned days, times a day),
 * about how long a session takes, the checks that move her on, the three signs that mean stop and call, and
 * the key to effort, slow counts and walking.
 */
final class ThisWeek {
    /** How many warning signs the first page shows; the symptoms page has them all. */
    static final int STOP_SIGNS = 3;
    static final float PICTURE_WIDTH = 36;
    static final float PICTURE_HEIGHT = 24;

    private final Kit kit;
    private final HandoutRequest request;
    private final ExercisePictures pictures;
    private final DoseWords dose;

    ThisWeek(Kit kit, HandoutRequest request, ExercisePictures pictures) {
        this.kit = kit;
        this.request = request;
        this.pictures = request.options().pictures() ? pictures : ExercisePictures.NONE;
        this.dose = new DoseWords(kit.words());
    }

    /** The items that go in the table: the phase's exercises, less those the walk–run table stands for. */
    static List<PhaseItem> rows(HandoutRequest request, Phase phase, int index) {
        boolean walkRun = WalkRunWeeks.printsIn(request, index);
        return phase.items().stream().filter(i -> !(walkRun && WalkRunWeeks.isWalkRunCard(i.exerciseId()))).toList();
    }

    List<Block> blocks() {
        Typography type = kit.type();
        int index = request.roadmap().currentPhase();
        Phase phase = request.roadmap().phases().get(index);
        PlanRows plan = new PlanRows(request, phase, index);
        List<PhaseItem> items = plan.rows();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Bookmark(kit.say("thisWeek.title")));
        List<Block> opening = new ArrayList<>();
        opening.add(kit.text(kit.say("thisWeek.title"), type.title()));
        opening.add(kit.text(kit.say("thisWeek.phase", index + 1, request.roadmap().phases().size(), phase.name()),
                type.bodyBold()));
        if (phase.purpose() != null) {
            opening.add(kit.text(kit.words().fill(phase.purpose()), type.body()));
        }
        opening.add(kit.text(sessionLine(plan.fromTheStart()), type.body()));
        blocks.add(new Stack(opening, 4 * type.scale(), true));
        blocks.add(kit.space(8));
        if (!items.isEmpty()) {
            blocks.add(table(plan));
            blocks.add(kit.space(6));
        }
        for (String ladder : ladders(plan)) {
            blocks.add(kit.text(ladder, type.body()));
            blocks.add(kit.space(6));
        }
        // "Walk" needs a word only where the walk–run table prints.
        boolean walkRun = WalkRunWeeks.printsIn(request, index);
        boolean tempo = items.stream().anyMatch(i -> i.dosage().tempo() != null);
        blocks.add(kit.text(kit.say("key.line") + (tempo ? " " + kit.say("key.tempo") : "")
                + (walkRun ? " " + kit.say("key.walk") : ""), type.body()));
        blocks.add(kit.space(8));
        if (walkRun) {
            blocks.add(kit.text(kit.say("thisWeek.walkRun"), type.body()));
            blocks.add(kit.space(8));
        }
        // What moves her on beside what means stop: two boxes side by side, read left then right.
        blocks.add(new ColumnFlow(List.of(ExitChecklist.of(kit, request, index, phase, true), stopAndCall()),
                10 * type.scale(), 8 * type.scale()));
        return blocks;
    }

    /** "A session of all of these takes about 35 minutes, plus your walk (20–40 min)." */
    private String sessionLine(List<PhaseItem> items) {
        int seconds = 0;
        List<String> long_ = new ArrayList<>();
        for (PhaseItem item : items) {
            if (DoseWords.isLong(item.dosage())) {
                long_.add(name(item) + " (" + dose.amount(item.dosage().amount()) + ")");
            } else {
                seconds += DoseWords.seconds(item.dosage());
            }
        }
        int minutes = Math.max(5, Math.round(seconds / 60f / 5) * 5);
        String line = kit.say("thisWeek.session", minutes);
        if (!long_.isEmpty()) {
            line += " " + kit.say("thisWeek.sessionPlus", String.join(", ", long_));
        }
        return line;
    }

    String name(PhaseItem item) {
        return kit.exerciseName(request, item.exerciseId());
    }

    /**
     * The later steps of each ladder, which she adds one at a time and so are not in this week's table:
     * "After Marching on the spot, add one at a time, once the last feels easy and the next morning is good: Jog on
     * the spot (M W F), then Hop in place (M Th), then Long leaps (M Th)."
     */
    private List<String> ladders(PlanRows plan) {
        Map<String, List<String>> steps = new LinkedHashMap<>();
        for (PhaseItem item : plan.rows()) {
            PhaseItem first = plan.firstStep(item);
            if (first != item) {
                String days = daysOf(item);
                steps.computeIfAbsent(name(first), k -> new ArrayList<>())
                        .add(days.isEmpty() ? name(item) : kit.say("thisWeek.ladderDays", name(item), days));
            }
        }
        List<String> lines = new ArrayList<>();
        steps.forEach((start, later) -> lines.add(kit.say("thisWeek.ladder", start, later.stream()
                .reduce((a, b) -> kit.say("thisWeek.ladderThen", a, b)).orElseThrow())));
        return lines;
    }

    /** The days planned for an item once she does it, as in the table ("M W F"); empty when none are planned. */
    private String daysOf(PhaseItem item) {
        boolean[] planned = PlannedDays.of(item.dosage().daysPerWeek());
        List<String> names = initials();
        List<String> on = new ArrayList<>();
        for (int d = 0; d < planned.length; d++) {
            if (planned[d]) {
                on.add(names.get(d));
            }
        }
        return String.join(" ", on);
    }

    private Table table(PlanRows plan) {
        List<PhaseItem> items = plan.fromTheStart();
        Typography type = kit.type();
        float s = type.scale();
        float day = 18 * s;
        TextStyle text = type.cardBody();
        boolean withPictures = items.stream().anyMatch(i -> pictures.has(i.exerciseId()));
        List<Table.Column> columns = new ArrayList<>();
        List<Block> header = new ArrayList<>();
        if (withPictures) {
            columns.add(new Table.Column(PICTURE_WIDTH * s + 8, 0));
            header.add(new Spacer(0));
        }
        columns.add(new Table.Column(0, 1));
        columns.add(new Table.Column(0, 1.5f));
        header.add(kit.text(kit.say("thisWeek.col.exercise"), type.label()));
        header.add(kit.text(kit.say("thisWeek.col.dose"), type.label()));
        for (String d : initials()) {
            columns.add(new Table.Column(day, 0));
            header.add(kit.text(d, type.dayLabel()));
        }
        columns.add(new Table.Column(36 * s, 0));
        header.add(kit.text(kit.say("thisWeek.col.times"), type.label()));
        List<List<Block>> rows = new ArrayList<>();
        for (PhaseItem item : items) {
            List<Block> row = new ArrayList<>();
            if (withPictures) {
                row.add(pictures.has(item.exerciseId()) ? picture(item.exerciseId()) : new Spacer(0));
            }
            row.add(kit.text(name(item), text.withFace(Face.BOLD)));
            row.add(kit.text(dose.brief(item.dosage()), text));
            for (boolean on : PlannedDays.of(item.dosage().daysPerWeek())) {
                row.add(on ? new Shaded(HandoutTheme.PLANNED, new Spacer(0), kit.say("day.planned")) : new Spacer(0));
            }
            Integer times = item.dosage().timesPerDay();
            row.add(kit.text(times == null ? "" : kit.say("thisWeek.timesADay", times), text.withFace(Face.BOLD)));
            rows.add(row);
        }
        Table.Look look = new Table.Look(2.5f * s, 22 * s, HandoutTheme.PRIMARY_TINT, HandoutTheme.RULE, 0.7f);
        Block more = kit.text(kit.say("thisWeek.continues"), type.bodyBold().withColour(HandoutTheme.PRIMARY));
        return new Table(columns, header, rows, look).balanced().continuedWith(more);
    }

    /** Short day names for narrow columns, Monday first, no two alike (M Tu W Th F Sa Su). */
    List<String> initials() {
        List<String> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(kit.say("day." + d));
        }
        return days;
    }

    private Block picture(String exerciseId) {
        float s = kit.type().scale();
        return new Drawing(PICTURE_HEIGHT * s, (canvas, x, top, width, height) -> {
            float w = PICTURE_WIDTH * s;
            canvas.save();
            canvas.roundedPath(x, top - height, w, height, 3);
            canvas.content().clip();
            pictures.draw(exerciseId, canvas.document(), canvas.content(), x, top - height, w, height);
            canvas.restore();
        });
    }

    /** The first three warning signs of the symptoms page (the wound's after a caesarean), and a pointer to the others. */
    private String medicalNow() {
        List<String> signs = new SymptomsGuide(kit, request).firstSigns(STOP_SIGNS);
        List<String> top = new ArrayList<>();
        for (int i = 0; i < signs.size(); i++) {
            String sign = signs.get(i);
            top.add(i == 0 ? sign : sign.substring(0, 1).toLowerCase(kit.words().locale()) + sign.substring(1));
        }
        return kit.say("stop.medicalNow", String.join("; ", top), kit.say("symptoms.title"),
                kit.say("symptoms.medicalReach", kit.words().callEmergency()));
    }

    private Block stopAndCall() {
        Typography type = kit.type();
        String phone = request.clinic().phone();
        List<Block> lines = new ArrayList<>();
        lines.add(kit.text(kit.say("stop.title"), type.cardTitle().withColour(HandoutTheme.RED)));
        lines.add(kit.bullet(phone == null ? kit.say("stop.clinic") : kit.say("stop.clinicPhone", phone), type.body(),
                HandoutTheme.RED));
        lines.add(kit.bullet(kit.say("stop.bleeding"), type.body(), HandoutTheme.RED));
        lines.add(kit.bullet(medicalNow(), type.body(), HandoutTheme.RED));
        // A thick border as well as the colour, so the box stands out on a black-and-white printout.
        Box.Look look = Box.Look.plain(8 * type.scale(), Color.WHITE, HandoutTheme.RED).withBorderWidth(2.5f);
        return new Box(new Stack(lines, 4 * type.scale(), true), look, true);
    }
}
